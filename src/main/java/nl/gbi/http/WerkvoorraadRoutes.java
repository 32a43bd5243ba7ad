package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import nl.gbi.werkvoorraad.Item;
import nl.gbi.werkvoorraad.Werkvoorraad;
import nl.gbi.werkvoorraad.WerkvoorraadItems;
import nl.gbi.werkvoorraad.WerkvoorraadRows;

/**
 * The werkvoorraad routes (docs/werkvoorraad.md): {@code GET /api/v1/werkvoorraad[?soort=&status=&aantal=]} (finance
 * officers: their municipality; ops: all), and the actions of finance officers:
 * {@code POST /api/v1/dossiers/{id}/stop/opheffing {bewijs}} and
 * {@code POST /api/v1/betalingen/{seq}/afhandeling {soort: BUITEN_ENGINE|VRIJGEGEVEN, reden}}.
 */
final class WerkvoorraadRoutes {

    private static final int TEXT_MAX = 500;

    private final Werkvoorraad werkvoorraad;

    WerkvoorraadRoutes(Werkvoorraad werkvoorraad) {
        this.werkvoorraad = werkvoorraad;
    }

    void mount(Router router) {
        router.get("/api/v1/werkvoorraad").handler(this::list);
        router.post("/api/v1/dossiers/:dossierId/stop/opheffing").handler(this::liftStop);
        router.post("/api/v1/betalingen/:seq/afhandeling").handler(this::decide);
    }

    private void list(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        int limit = (int) BatchRoutes.number(ctx, "aantal", 1, Werkvoorraad.LIMIT_MAX, Werkvoorraad.LIMIT_DEFAULT);
        werkvoorraad.list(caller, BatchRoutes.single(ctx, "soort"), BatchRoutes.single(ctx, "status"), limit)
                .onSuccess(lijst -> {
                    ObjectNode body = Json.MAPPER.createObjectNode().put("aantal", lijst.items().size())
                            .put("totaal", lijst.totaal());
                    ArrayNode afgekapt = body.putArray("afgekapt");
                    lijst.afgekapt().stream().sorted().forEach(soort -> afgekapt.add(soort.name()));
                    ArrayNode items = body.putArray("items");
                    lijst.items().forEach(item -> items.add(json(item)));
                    BatchRoutes.json(ctx, 200, body);
                })
                .onFailure(ctx::fail);
    }

    private void liftStop(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER);
        String dossierId = ctx.pathParam("dossierId");
        if (dossierId == null || !dossierId.matches("[A-Za-z0-9-]{1,20}")) {
            throw EngineError.notFound("Dossier " + dossierId + " is niet gestopt");
        }
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, Set.of("bewijs"), "Dit veld hoort niet bij een opheffing", fouten);
                    String bewijs = BodyFields.text(body, "bewijs", TEXT_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("De stop kan zo niet worden opgeheven", fouten);
                    }
                    return werkvoorraad.liftStop(caller, dossierId, bewijs);
                })
                .onSuccess(stop -> BatchRoutes.json(ctx, 200, Json.MAPPER.createObjectNode()
                        .put("dossierId", stop.dossierId()).put("redencode", stop.reasonCode())
                        .put("sinds", stop.sinds().toString()).put("opgeheven", true)))
                .onFailure(ctx::fail);
    }

    private void decide(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER);
        String raw = ctx.pathParam("seq");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            throw EngineError.notFound("Betaling " + raw + " bestaat niet");
        }
        long seq = Long.parseLong(raw);
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    List<Fout> fouten = new ArrayList<>();
                    BodyFields.unknown(body, Set.of("soort", "reden"), "Dit veld hoort niet bij een afhandeling", fouten);
                    String soort = BodyFields.text(body, "soort", 20, fouten);
                    if (soort != null && !soort.equals(WerkvoorraadItems.BUITEN_ENGINE)
                            && !soort.equals(WerkvoorraadItems.VRIJGEGEVEN)) {
                        fouten.add(new Fout("soort", "ONGELDIGE_WAARDE", "BUITEN_ENGINE of VRIJGEGEVEN"));
                    }
                    String reden = BodyFields.text(body, "reden", TEXT_MAX, fouten);
                    if (!fouten.isEmpty()) {
                        throw EngineError.invalid("De afhandeling kan zo niet worden gelezen", fouten);
                    }
                    return werkvoorraad.decide(caller, seq, soort, reden);
                })
                .onSuccess(payment -> BatchRoutes.json(ctx, 200, returned(payment)))
                .onFailure(ctx::fail);
    }

    private static ObjectNode returned(WerkvoorraadRows.Returned p) {
        return Json.MAPPER.createObjectNode().put("seq", p.seq()).put("dossierId", p.dossierId())
                .put("periode", p.periode().toString()).put("soort", p.soort().name())
                .put("bedrag", Money.ofCents(p.cents()).toEuros()).put("status", p.state())
                .put("redencode", p.reasonCode()).put("afhandeling", p.afhandeling());
    }

    static ObjectNode json(Item item) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("soort", item.soort().name()).put("status", item.status())
                .put("gemeente", item.gemeente()).put("dossierId", item.dossierId())
                .put("periode", item.periode() == null ? null : item.periode().toString());
        if (item.bedragCents() == null) {
            node.putNull("bedrag");
        } else {
            node.put("bedrag", Money.ofCents(item.bedragCents()).toEuros());
        }
        node.put("reden", item.reden()).put("sinds", item.sinds() == null ? null : item.sinds().toString())
                .put("ref", item.ref());
        ArrayNode acties = node.putArray("acties");
        for (Item.Actie actie : item.acties()) {
            ObjectNode a = acties.addObject().put("actie", actie.naam()).put("methode", actie.methode())
                    .put("pad", actie.pad());
            ArrayNode velden = a.putArray("velden");
            actie.velden().forEach(velden::add);
        }
        return node;
    }
}
