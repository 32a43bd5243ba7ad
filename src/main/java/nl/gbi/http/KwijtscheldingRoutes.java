package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.json.Json;
import nl.gbi.kwijtschelding.Grond;
import nl.gbi.kwijtschelding.Kwijtschelding;
import nl.gbi.kwijtschelding.Kwijtscheldingen;

/**
 * The write-off routes (docs/werkvoorraad.md), finance officers of the dossier's municipality:
 * {@code POST /api/v1/dossiers/{id}/kwijtscheldingen {bedrag, grond, reden}} (201), {@code GET
 * /api/v1/kwijtscheldingen/{id}}, {@code POST …/{id}/approvals} and {@code POST …/{id}/rejection {reden}}.
 */
final class KwijtscheldingRoutes {

    private static final int REDEN_MAX = 500;

    private final Kwijtscheldingen kwijtscheldingen;

    KwijtscheldingRoutes(Kwijtscheldingen kwijtscheldingen) {
        this.kwijtscheldingen = kwijtscheldingen;
    }

    void mount(Router router) {
        router.post("/api/v1/dossiers/:dossierId/kwijtscheldingen").handler(this::propose);
        router.get("/api/v1/kwijtscheldingen/:id").handler(this::detail);
        router.post("/api/v1/kwijtscheldingen/:id/approvals").handler(ctx -> decide(ctx, true));
        router.post("/api/v1/kwijtscheldingen/:id/rejection").handler(ctx -> decide(ctx, false));
    }

    private void propose(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER);
        String dossierId = ctx.pathParam("dossierId");
        if (dossierId == null || !dossierId.matches("[A-Za-z0-9-]{1,20}")) {
            throw EngineError.notFound("Dossier " + dossierId + " heeft geen openstaande vorderingen");
        }
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, Set.of("bedrag", "grond", "reden"), "Dit veld hoort niet bij een kwijtschelding",
                            fouten);
                    Money bedrag = BodyFields.positiveAmount(body, "bedrag", fouten);
                    String grondText = BodyFields.text(body, "grond", 10, fouten);
                    Grond grond = grondText == null ? null : Grond.parse(grondText);
                    if (grondText != null && grond == null) {
                        fouten.add(new Fout("grond", "ONBEKENDE_GROND", "PW_58_7A, PW_58_7B of PW_58_8"));
                    }
                    String reden = BodyFields.text(body, "reden", REDEN_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("De kwijtschelding kan zo niet worden voorgesteld", fouten);
                    }
                    return kwijtscheldingen.propose(caller, dossierId, bedrag, grond, reden);
                })
                .onSuccess(k -> BatchRoutes.json(ctx, 201, json(k)))
                .onFailure(ctx::fail);
    }

    private void detail(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER);
        kwijtscheldingen.get(caller, id(ctx)).onSuccess(k -> BatchRoutes.json(ctx, 200, json(k))).onFailure(ctx::fail);
    }

    private void decide(RoutingContext ctx, boolean approve) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, approve ? Set.of() : Set.of("reden"), "Dit veld hoort niet bij dit besluit",
                            fouten);
                    String reden = approve ? null : BodyFields.text(body, "reden", REDEN_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("Het besluit kan zo niet worden gelezen", fouten);
                    }
                    return kwijtscheldingen.decide(caller, id, approve, reden);
                })
                .onSuccess(k -> BatchRoutes.json(ctx, 200, json(k)))
                .onFailure(ctx::fail);
    }

    private static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            throw EngineError.notFound("Kwijtschelding " + raw + " bestaat niet");
        }
        return Long.parseLong(raw);
    }

    static ObjectNode json(Kwijtschelding k) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", k.id()).put("dossierId", k.dossierId())
                .put("bedrag", Money.ofCents(k.bedragCents()).toEuros()).put("grond", k.grond().name())
                .put("grondOmschrijving", k.grond().omschrijving()).put("reden", k.reden()).put("status", k.status())
                .put("vierOgen", k.vierOgen()).put("voorgesteldDoor", k.voorgesteldNaam())
                .put("voorgesteldOp", k.voorgesteldOp().toString());
        if (k.beslotenOp() != null) {
            node.put("beslotenDoor", k.beslotenNaam()).put("beslotenOp", k.beslotenOp().toString());
        }
        if (k.afwijzingReden() != null) {
            node.put("afwijzingReden", k.afwijzingReden());
        }
        return node;
    }
}
