package nl.gbi.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.rekening.Rekeningen;

/**
 * {@code GET /api/v1/dossiers/{dossierId}/rekening[?van=&tot=]} (submitter, finance-officer of the dossier's
 * tenant) and {@code GET /api/v1/afstemming?periode=[&limit=&na=]} (ops: every tenant; finance-officer: own).
 */
final class RekeningRoutes {

    private final Rekeningen rekeningen;

    RekeningRoutes(Rekeningen rekeningen) {
        this.rekeningen = rekeningen;
    }

    void mount(Router router) {
        router.get("/api/v1/dossiers/:dossierId/rekening").handler(this::rekening);
        router.get("/api/v1/afstemming").handler(this::afstemming);
    }

    private void rekening(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        rekeningen.rekening(caller, ctx.pathParam("dossierId"), ctx.request().getParam("van"), ctx.request().getParam("tot"))
                .onSuccess(rekening -> BatchRoutes.json(ctx, 200, RekeningJson.rekening(rekening)))
                .onFailure(ctx::fail);
    }

    private void afstemming(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.OPS, Role.FINANCE_OFFICER);
        rekeningen.afstemming(caller, ctx.request().getParam("periode"), ctx.request().getParam("limit"),
                        ctx.request().getParam("na"))
                .onSuccess(page -> BatchRoutes.json(ctx, 200, RekeningJson.afstemming(page)))
                .onFailure(ctx::fail);
    }
}
