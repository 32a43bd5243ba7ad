package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.intake.Intake;
import nl.gbi.json.Json;
import nl.gbi.voorschot.Voorschot;
import nl.gbi.voorschot.VoorschotAanvraag;
import nl.gbi.voorschot.Voorschotten;

/**
 * The voorschot routes (docs/voorschot.md): {@code POST /api/v1/voorschotten} with an Idempotency-Key (201 made,
 * 200 the same request again), {@code GET /api/v1/voorschotten/{id}} and {@code POST …/{id}/afwijzing}.
 */
final class VoorschotRoutes {

    private static final Set<String> FIELDS = Set.of("dossierId", "periode", "bedrag", "iban", "tenaamstelling", "reden");
    private static final int TENAAMSTELLING_MAX = 140;
    private static final int REDEN_MAX = 200;
    private static final int AFWIJZING_REDEN_MAX = 500;

    private final Voorschotten voorschotten;

    VoorschotRoutes(Voorschotten voorschotten) {
        this.voorschotten = voorschotten;
    }

    void mount(Router router) {
        router.post("/api/v1/voorschotten").handler(this::request);
        router.get("/api/v1/voorschotten/:id").handler(this::detail);
        router.post("/api/v1/voorschotten/:id/afwijzing").handler(this::deny);
    }

    private void request(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER);
        String key = ctx.request().getHeader("Idempotency-Key");
        if (key == null) {
            throw EngineError.invalid(new Fout("Idempotency-Key", "VERPLICHT",
                    "Een voorschot wordt aangevraagd met een Idempotency-Key"));
        }
        Intake.checkKey(key);
        SmallBody.readObject(ctx.request())
                .compose(body -> voorschotten.request(caller, key, aanvraag(body)))
                .onSuccess(answer -> {
                    if (answer.replay()) {
                        ctx.response().putHeader("Idempotent-Replayed", "true");
                    }
                    BatchRoutes.json(ctx, answer.replay() ? 200 : 201, json(answer.voorschot()));
                })
                .onFailure(ctx::fail);
    }

    private void detail(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        voorschotten.get(caller, id(ctx)).onSuccess(v -> BatchRoutes.json(ctx, 200, json(v))).onFailure(ctx::fail);
    }

    private void deny(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER);
        String id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> voorschotten.deny(caller, id, afwijzingReden(body)))
                .onSuccess(v -> BatchRoutes.json(ctx, 200, json(v)))
                .onFailure(ctx::fail);
    }

    private static String id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9a-f-]{1,40}")) {
            throw EngineError.notFound("Voorschot " + raw + " bestaat niet");
        }
        return raw;
    }

    /** The request with every field checked; a 400 names every field that is missing, unknown or invalid. */
    static VoorschotAanvraag aanvraag(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        BodyFields.unknown(body, FIELDS, "Dit veld hoort niet bij een voorschot", fouten);
        String dossierId = BodyFields.text(body, "dossierId", 20, fouten);
        if (dossierId != null && !dossierId.matches("[A-Za-z0-9-]{1,20}")) {
            fouten.add(new Fout("dossierId", "ONGELDIG_FORMAAT", "1 tot 20 letters, cijfers of streepjes"));
            dossierId = null;
        }
        String periodeText = BodyFields.text(body, "periode", 7, fouten);
        YearMonth periode = null;
        if (periodeText != null) {
            if (periodeText.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
                periode = YearMonth.parse(periodeText);
            } else {
                fouten.add(new Fout("periode", "ONGELDIG_FORMAAT", "Een maand als JJJJ-MM"));
            }
        }
        Money bedrag = BodyFields.positiveAmount(body, "bedrag", fouten);
        String ibanText = BodyFields.text(body, "iban", 34, fouten);
        Iban iban = null;
        if (ibanText != null) {
            Iban.Problem problem = Iban.check(ibanText);
            if (problem == Iban.Problem.NONE) {
                iban = new Iban(ibanText);
            } else {
                fouten.add(new Fout("iban", "ONGELDIGE_IBAN", "Geen geldige SEPA-IBAN (" + problem + ")"));
            }
        }
        String tenaamstelling = BodyFields.text(body, "tenaamstelling", TENAAMSTELLING_MAX, fouten);
        String reden = BodyFields.text(body, "reden", REDEN_MAX, fouten);
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("Het voorschot kan zo niet worden aangevraagd", fouten);
        }
        return new VoorschotAanvraag(dossierId, periode, bedrag, iban, tenaamstelling, reden);
    }

    private static String afwijzingReden(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        String reden = BodyFields.text(body, "reden", AFWIJZING_REDEN_MAX, fouten);
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("De afwijzing kan zo niet worden gelezen", fouten);
        }
        return reden;
    }

    static ObjectNode json(Voorschot v) {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("id", v.id())
                .put("dossierId", v.dossierId())
                .put("periode", v.periode().toString())
                .put("bedrag", v.bedrag().toEuros())
                .put("iban", v.iban().masked())
                .put("tenaamstelling", v.tenaamstelling())
                .put("reden", v.reden())
                .put("status", v.state())
                .put("instant", v.instant());
        if (v.batchId() != null) {
            node.put("batchId", v.batchId());
        } else {
            node.putNull("batchId");
        }
        node.put("batchStatus", v.batchState());
        node.put("betalingStatus", v.paymentState());
        if (Voorschot.AFGEWEZEN.equals(v.state())) {
            node.put("afwijzingReden", v.afwijzingReden());
            node.put("vordering", Money.ofCents(v.vorderingCents()).toEuros());
        }
        return node;
    }
}
