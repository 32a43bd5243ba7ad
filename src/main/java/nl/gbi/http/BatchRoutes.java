package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.batches.Batches;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.Shown;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.json.Json;
import nl.gbi.rails.Acknowledgement;

/**
 * The batch routes of the contract: list, detail (with a page of payments under {@code /payments}), approval,
 * rejection and the download of the approved pain.001 ({@code ?file=N} for batches of several files).
 */
final class BatchRoutes {

    /** More files than a batch of {@link NewBatch#LINES_MAX} lines can have. */
    private static final int FILE_INDEX_MAX = 9_999;
    /** Digits before the point of a batch total: far above any real one, far below what a long of cents holds. */
    private static final int TOTAL_DIGITS_MAX = 15;
    /** Longer than any code of a finding ({@code IBAN_VEEL_DOSSIERS.} and a masked IBAN of 34 characters). */
    private static final int CODE_LENGTH_MAX = 80;

    private final Batches batches;

    BatchRoutes(Batches batches) {
        this.batches = batches;
    }

    void mount(Router router) {
        router.get("/api/v1/batches").handler(this::list);
        router.get("/api/v1/batches/:id").handler(this::detail);
        router.get("/api/v1/batches/:id/payments").handler(this::payments);
        router.post("/api/v1/batches/:id/approvals").handler(this::approve);
        router.post("/api/v1/batches/:id/rejection").handler(this::reject);
        router.get("/api/v1/batches/:id/pain001").handler(this::pain001);
    }

    private void list(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        batches.list(caller, single(ctx, "status")).onSuccess(found -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode items = body.putArray("batches");
            found.forEach(batch -> items.add(BatchJson.summary(batch)));
            json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void detail(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        long id = id(ctx);
        batches.get(caller, id).compose(batch -> batches.rails(caller, id).map(rails -> BatchJson.detail(batch, rails)))
                .onSuccess(body -> json(ctx, 200, body)).onFailure(ctx::fail);
    }

    private void payments(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        int offset = (int) number(ctx, "vanaf", 0, NewBatch.LINES_MAX, 0);
        int limit = (int) number(ctx, "aantal", 1, Batches.PAGE_MAX, 50);
        batches.payments(caller, id(ctx), offset, limit).onSuccess(page -> {
            ObjectNode body = Json.MAPPER.createObjectNode().put("vanaf", offset);
            ArrayNode items = body.putArray("betalingen");
            page.forEach(p -> items.add(BatchJson.payment(p)));
            json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void approve(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> batches.approve(officer, id, shown(body), acknowledged(body)))
                .onSuccess(batch -> json(ctx, 201, BatchJson.detail(batch)))
                .onFailure(ctx::fail);
    }

    private void reject(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> batches.reject(officer, id, body.path("reden").isTextual() ? body.get("reden").textValue() : null))
                .onSuccess(batch -> json(ctx, 200, BatchJson.detail(batch)))
                .onFailure(ctx::fail);
    }

    private void pain001(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        batches.export(officer, id(ctx), (int) number(ctx, "file", 0, FILE_INDEX_MAX, 0)).onSuccess(file -> ctx.response()
                .putHeader("Content-Type", "application/xml")
                .putHeader("X-Content-SHA256", file.sha256Hex())
                .putHeader("Content-Disposition", "attachment; filename=\"" + file.msgId().replace('/', '-') + ".xml\"")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(file.content()))).onFailure(ctx::fail);
    }

    /** What the officer says was shown; every field that is present must match the stored file. */
    private static Shown shown(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        JsonNode sha = body.get("sha256");
        JsonNode count = body.get("aantal");
        JsonNode total = body.get("totaal");
        if (sha != null && !(sha.isTextual() && sha.textValue().matches("[0-9a-fA-F]{64}"))) {
            fouten.add(new Fout("sha256", "ONGELDIG_FORMAAT", "64 hexadecimale tekens"));
        }
        // a JSON integer, not 12.7, "12" or 1e1: the count must be what the officer saw, not what it rounds to
        if (count != null && !(count.isIntegralNumber() && count.canConvertToInt() && count.intValue() >= 1)) {
            fouten.add(new Fout("aantal", "ONGELDIG_FORMAAT",
                    "Het aantal betalingen van de batch als geheel getal (JSON-getal zonder punt of exponent), 1 of meer"));
        }
        Money ctrlSum = total == null ? null : total(total);
        if (total != null && ctrlSum == null) {
            fouten.add(new Fout("totaal", "ONGELDIG_BEDRAG", "Een bedrag in euro's met ten hoogste 2 decimalen"));
        }
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("De goedkeuring kan zo niet worden gelezen", fouten);
        }
        return new Shown(sha == null ? null : sha.textValue(), count == null ? null : count.intValue(), ctrlSum);
    }

    /**
     * {@code bevindingen}: the approver's acknowledgement of each finding of the safety rails, code → reden (at most
     * {@value Acknowledgement#CODES_MAX}); whether they cover the findings is the use case's to say.
     */
    private static Map<String, String> acknowledged(JsonNode body) {
        JsonNode node = body.get("bevindingen");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        List<Fout> fouten = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!node.isObject() || node.size() > Acknowledgement.CODES_MAX) {
            fouten.add(new Fout("bevindingen", "ONGELDIG_TYPE", "Een object met per code van een bevinding de reden"
                    + " waarom u die bevestigt (ten hoogste " + Acknowledgement.CODES_MAX + ")"));
        } else {
            node.fields().forEachRemaining(entry -> {
                if (entry.getKey().length() > CODE_LENGTH_MAX || !entry.getValue().isTextual()) {
                    fouten.add(new Fout("bevindingen", "ONGELDIG_TYPE", "Elke code is ten hoogste " + CODE_LENGTH_MAX
                            + " tekens en elke reden is tekst"));
                } else {
                    reasons.put(entry.getKey(), entry.getValue().textValue());
                }
            });
        }
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("De goedkeuring kan zo niet worden gelezen", fouten);
        }
        return reasons;
    }

    /**
     * The total as an exact amount, or null. Scale and size are checked before any arithmetic: BigDecimal
     * cannot even move the point of 1e-2147483647 (it fails with a NegativeArraySizeException).
     */
    static Money total(JsonNode total) {
        if (!total.isNumber()) {
            return null;
        }
        BigDecimal euros = total.decimalValue().stripTrailingZeros();
        if (euros.scale() > 2 || (long) euros.precision() - euros.scale() > TOTAL_DIGITS_MAX) {
            return null;
        }
        return Money.ofEuros(euros);
    }

    static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            throw EngineError.notFound("Batch " + raw + " bestaat niet");
        }
        return Long.parseLong(raw);
    }

    /**
     * A query parameter that is a whole number from {@code min} to {@code max}, {@code fallback} when absent;
     * anything else (a sign, a fraction, too many digits, the parameter twice) is a 400 naming the parameter.
     */
    static long number(RoutingContext ctx, String name, long min, long max, long fallback) {
        String raw = single(ctx, name);
        if (raw == null) {
            return fallback;
        }
        if (!raw.matches("[0-9]{1,18}") || Long.parseLong(raw) < min || Long.parseLong(raw) > max) {
            throw EngineError.invalid(new Fout(name, "BUITEN_BEREIK", "Een geheel getal van " + min + " tot en met " + max));
        }
        return Long.parseLong(raw);
    }

    /** The one value of a query parameter, or null; given twice it is ambiguous and refused. */
    static String single(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw EngineError.invalid(new Fout(name, "MEER_DAN_EEN_KEER", "Geef deze parameter ten hoogste een keer"));
        }
        return values.isEmpty() ? null : values.get(0);
    }

    static void json(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body.toString());
    }

}
