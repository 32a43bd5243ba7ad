package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.json.Json;
import nl.gbi.opschorting.Grondslag;
import nl.gbi.opschorting.Opschorting;
import nl.gbi.opschorting.Opschortingen;

/**
 * The hold routes (docs/werkvoorraad.md): {@code POST /api/v1/dossiers/{id}/opschortingen {grondslag, reden}} (201),
 * {@code GET} the same path for the dossier's holds, {@code POST /api/v1/opschortingen/{id}/opheffing {reden}}.
 * Submitters and finance officers of the dossier's tenant.
 */
final class OpschortingRoutes {

    private static final Set<String> PLACE_FIELDS = Set.of("grondslag", "reden");
    private static final Set<String> LIFT_FIELDS = Set.of("reden");
    static final int REDEN_MAX = 500;

    private final Opschortingen opschortingen;

    OpschortingRoutes(Opschortingen opschortingen) {
        this.opschortingen = opschortingen;
    }

    void mount(Router router) {
        router.post("/api/v1/dossiers/:dossierId/opschortingen").handler(this::place);
        router.get("/api/v1/dossiers/:dossierId/opschortingen").handler(this::list);
        router.post("/api/v1/opschortingen/:id/opheffing").handler(this::lift);
    }

    private void place(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        String dossierId = dossierId(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, PLACE_FIELDS, "Dit veld hoort niet bij een opschorting", fouten);
                    String grondslagText = BodyFields.text(body, "grondslag", 10, fouten);
                    Grondslag grondslag = grondslagText == null ? null : Grondslag.parse(grondslagText);
                    if (grondslagText != null && grondslag == null) {
                        fouten.add(new Fout("grondslag", "ONBEKENDE_GRONDSLAG", "PW_40, PW_53A of PW_54"));
                    }
                    String reden = BodyFields.text(body, "reden", REDEN_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("De opschorting kan zo niet worden geplaatst", fouten);
                    }
                    return opschortingen.place(caller, dossierId, grondslag, reden);
                })
                .onSuccess(hold -> BatchRoutes.json(ctx, 201, json(hold, opschortingen.today())))
                .onFailure(ctx::fail);
    }

    private void list(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        String dossierId = dossierId(ctx);
        opschortingen.ofDossier(caller, dossierId).onSuccess(holds -> {
            LocalDate today = opschortingen.today();
            ObjectNode body = Json.MAPPER.createObjectNode().put("dossierId", dossierId);
            ArrayNode items = body.putArray("opschortingen");
            holds.forEach(hold -> items.add(json(hold, today)));
            BatchRoutes.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void lift(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            throw EngineError.notFound("Opschorting " + raw + " bestaat niet");
        }
        long id = Long.parseLong(raw);
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, LIFT_FIELDS, "Dit veld hoort niet bij een opheffing", fouten);
                    String reden = BodyFields.text(body, "reden", REDEN_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("De opheffing kan zo niet worden gelezen", fouten);
                    }
                    return opschortingen.lift(caller, id, reden);
                })
                .onSuccess(hold -> BatchRoutes.json(ctx, 200, json(hold, opschortingen.today())))
                .onFailure(ctx::fail);
    }

    private static String dossierId(RoutingContext ctx) {
        String raw = ctx.pathParam("dossierId");
        if (raw == null || !raw.matches("[A-Za-z0-9-]{1,20}")) {
            throw EngineError.notFound("Dossier " + raw + " is niet bekend");
        }
        return raw;
    }

    static ObjectNode json(Opschorting hold, LocalDate today) {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("id", hold.id())
                .put("dossierId", hold.dossierId())
                .put("grondslag", hold.grondslag().name())
                .put("grondslagOmschrijving", hold.grondslag().omschrijving())
                .put("reden", hold.reden())
                .put("ingangsdatum", hold.ingangsdatum().toString())
                .put("termijnEinde", hold.termijnEinde().toString())
                .put("actief", hold.actief())
                .put("geplaatstOp", hold.geplaatstOp().toString())
                .put("geplaatstDoor", hold.geplaatstNaam());
        if (hold.actief()) {
            node.put("dagenOver", hold.dagenOver(today)).put("verlopen", hold.verlopen(today));
        } else {
            node.put("opgehevenOp", hold.opgehevenOp().toString()).put("opgehevenDoor", hold.opgehevenNaam())
                    .put("opheffingReden", hold.opheffingReden());
        }
        return node;
    }
}
