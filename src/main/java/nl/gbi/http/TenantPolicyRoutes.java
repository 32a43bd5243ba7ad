package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.TenantPolicy;
import nl.gbi.domain.VerlagingBase;
import nl.gbi.json.Json;
import nl.gbi.parameters.StoredPolicy;
import nl.gbi.parameters.TenantPolicies;
import nl.gbi.parameterset.Bevinding;
import nl.gbi.parameterset.PolicyReview;

/**
 * A municipality's policy figures (docs/parameters.md, "Per municipality"): {@code POST /api/v1/gemeenten/{code}/beleid}
 * (ops) proposes the whole policy, {@code GET …/beleid[/{id}]} (ops, or the tenant's finance officers) shows it,
 * {@code POST …/beleid/{id}/approvals} and {@code …/rejection {reden}} (ops, not the proposer) decide.
 */
final class TenantPolicyRoutes {

    private static final Set<String> FIELDS = Set.of("allowedVerlagingPercentages", "verlagingBase",
            "voorschotMaxPercentage", "secondApprovalThreshold", "redenen");

    private final TenantPolicies policies;

    TenantPolicyRoutes(TenantPolicies policies) {
        this.policies = policies;
    }

    void mount(Router router) {
        router.post("/api/v1/gemeenten/:code/beleid").handler(this::propose);
        router.get("/api/v1/gemeenten/:code/beleid").handler(this::list);
        router.get("/api/v1/gemeenten/:code/beleid/:id").handler(this::detail);
        router.post("/api/v1/gemeenten/:code/beleid/:id/approvals").handler(this::approve);
        router.post("/api/v1/gemeenten/:code/beleid/:id/rejection").handler(this::reject);
    }

    private void propose(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        String code = ctx.pathParam("code");
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    Map<String, String> redenen = new LinkedHashMap<>();
                    TenantPolicy policy = policy(body, redenen);
                    return policies.propose(ops, code, policy, redenen);
                })
                .onSuccess(shown -> {
                    ctx.response().putHeader("Location", "/api/v1/gemeenten/" + code + "/beleid/" + shown.policy().id());
                    BatchRoutes.json(ctx, 201, json(shown.policy(), shown.review()));
                })
                .onFailure(ctx::fail);
    }

    /** The whole policy, every field named when wrong. */
    private static TenantPolicy policy(JsonNode body, Map<String, String> redenen) {
        List<Fout> fouten = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                fouten.add(new Fout(name, "ONBEKEND_VELD", "Velden: " + String.join(", ", new TreeSet<>(FIELDS))));
            }
        });
        Set<Integer> percentages = new TreeSet<>();
        JsonNode list = body.get("allowedVerlagingPercentages");
        if (list == null || !list.isArray() || list.isEmpty()) {
            fouten.add(new Fout("allowedVerlagingPercentages", "VERPLICHT", "Een lijst van hele percentages"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode p = list.get(i);
                if (!p.isIntegralNumber() || !p.canConvertToInt() || !percentages.add(p.intValue())) {
                    fouten.add(new Fout("allowedVerlagingPercentages[" + i + "]", "ONGELDIG",
                            "Een heel percentage, elk een keer"));
                }
            }
        }
        VerlagingBase base = null;
        JsonNode baseNode = body.get("verlagingBase");
        try {
            base = baseNode == null || !baseNode.isTextual() ? null : VerlagingBase.valueOf(baseNode.textValue());
        } catch (IllegalArgumentException unknown) {
            base = null;
        }
        if (base == null) {
            fouten.add(new Fout("verlagingBase", "ONGELDIG", "NORM_INCL_VAKANTIEGELD of NORM_EXCL_VAKANTIEGELD"));
        }
        JsonNode share = body.get("voorschotMaxPercentage");
        if (share == null || !share.isIntegralNumber() || !share.canConvertToInt()) {
            fouten.add(new Fout("voorschotMaxPercentage", "ONGELDIG", "Een heel percentage"));
        }
        JsonNode thresholdNode = body.get("secondApprovalThreshold");
        Money threshold = thresholdNode == null ? null : BatchRoutes.total(thresholdNode);
        if (threshold == null) {
            fouten.add(new Fout("secondApprovalThreshold", "ONGELDIG", "Een bedrag in euro's met ten hoogste 2 decimalen"));
        }
        JsonNode reasons = body.get("redenen");
        if (reasons != null && !reasons.isNull()) {
            if (!reasons.isObject()) {
                fouten.add(new Fout("redenen", "ONGELDIG", "Een object {code: reden}"));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = reasons.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()
                            || e.getValue().textValue().length() > 500) {
                        fouten.add(new Fout("redenen." + e.getKey(), "ONGELDIG", "Een tekst van ten hoogste 500 tekens"));
                    } else {
                        redenen.put(e.getKey(), e.getValue().textValue().strip());
                    }
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("Het beleid is niet geldig", fouten);
        }
        return new TenantPolicy(percentages, base, share.intValue(), threshold);
    }

    private void list(RoutingContext ctx) {
        String code = readable(ctx);
        policies.recent(code).onSuccess(recent -> {
            ObjectNode json = Json.MAPPER.createObjectNode().put("gemeente", code);
            ArrayNode items = json.putArray("beleid");
            recent.forEach(p -> items.add(summary(p)));
            BatchRoutes.json(ctx, 200, json);
        }).onFailure(ctx::fail);
    }

    private void detail(RoutingContext ctx) {
        String code = readable(ctx);
        policies.get(code, id(ctx)).onSuccess(shown -> BatchRoutes.json(ctx, 200, json(shown.policy(), shown.review())))
                .onFailure(ctx::fail);
    }

    private void approve(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        long id = id(ctx);
        ctx.request().resume();
        policies.approve(ops, ctx.pathParam("code"), id)
                .onSuccess(shown -> BatchRoutes.json(ctx, 200, json(shown.policy(), shown.review()))).onFailure(ctx::fail);
    }

    private void reject(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> policies.reject(ops, ctx.pathParam("code"), id,
                        body.hasNonNull("reden") && body.get("reden").isTextual() ? body.get("reden").textValue() : null))
                .onSuccess(shown -> BatchRoutes.json(ctx, 200, json(shown.policy(), shown.review()))).onFailure(ctx::fail);
    }

    /** Ops read any municipality's policy; a finance officer only the own one (another's is not found). */
    private static String readable(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.OPS, Role.FINANCE_OFFICER);
        String code = ctx.pathParam("code");
        if (caller.role() == Role.FINANCE_OFFICER && !code.equals(caller.tenantId())) {
            throw EngineError.notFound("Onbekende gemeente " + code);
        }
        return code;
    }

    private static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw EngineError.notFound("Beleid " + raw + " bestaat niet");
        }
        return Long.parseLong(raw);
    }

    private static ObjectNode summary(StoredPolicy p) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("id", p.id()).put("gemeente", p.tenantId())
                .put("status", p.status()).put("bron", p.bron());
        ObjectNode beleid = json.putObject("beleid");
        ArrayNode percentages = beleid.putArray("allowedVerlagingPercentages");
        new TreeSet<>(p.policy().allowedVerlagingPercentages()).forEach(percentages::add);
        beleid.put("verlagingBase", p.policy().verlagingBase().name())
                .put("voorschotMaxPercentage", p.policy().voorschotMaxPercentage())
                .put("secondApprovalThreshold", p.policy().secondApprovalThreshold().toEuros());
        json.putObject("voorgesteld").put("door", p.proposedByNaam()).put("op", p.proposedAt().toString());
        if (p.decidedBy() == null) {
            json.putNull("besluit");
        } else {
            json.putObject("besluit").put("door", p.decidedByNaam()).put("op", p.decidedAt().toString())
                    .put("reden", p.afwijzingReden());
        }
        return json;
    }

    private static ObjectNode json(StoredPolicy p, PolicyReview review) {
        ObjectNode json = summary(p);
        ArrayNode changes = json.putArray("wijzigingen");
        review.wijzigingen().forEach(w -> changes.addObject().put("veld", w.veld()).put("oud", w.oud()).put("nieuw", w.nieuw()));
        ArrayNode findings = json.putArray("bevindingen");
        for (Bevinding b : review.bevindingen()) {
            findings.addObject().put("code", b.code()).put("melding", b.melding()).put("reden", b.reden());
        }
        ArrayNode refusals = json.putArray("weigeringen");
        review.weigeringen().forEach(refusals::add);
        return json;
    }
}
