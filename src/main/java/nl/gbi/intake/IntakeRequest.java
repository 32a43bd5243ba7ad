package nl.gbi.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.Problems;

/**
 * One intake request, record by record as its body streams in. Valid records go to the store in chunks
 * of {@value #CHUNK_SIZE}, all inside the request's one transaction, so a request that is refused halfway
 * (malformed JSON, a store failure) stores nothing. The body was spooled whole before the transaction began
 * (no connection waits for a client); a request under an Idempotency-Key that was answered before is not
 * read at all and, if its body has the same SHA-256, gets the stored answer again.
 */
public final class IntakeRequest {

    public static final int CHUNK_SIZE = 1_000;
    private static final int CHUNKS_IN_FLIGHT_MAX = 2;

    /** The answer to give: status, JSON body, and whether it is a replay of a stored answer. */
    public record Answer(int status, String json, boolean replayed) {
    }

    /** Counts for the metrics. */
    public interface Counters {
        void accepted(int count);

        void refused(int count);
    }

    private final IntakeStore.Session session;
    private final Tenant tenant;
    private final String tokenId;
    private final String idempotencyKey;
    private final StoredAnswer previous;
    private final Counters counters;
    private final BerekeningReader reader = new BerekeningReader();
    private final byte[] bodySha256;
    private final ArrayNode afgewezen = Json.MAPPER.createArrayNode();
    private List<AcceptedBerekening> chunk = new ArrayList<>();
    private Set<String> chunkKeys = new HashSet<>();
    private Future<Void> tail = Future.succeededFuture();
    private int chunksInFlight;
    private int received;
    private int accepted;

    IntakeRequest(IntakeStore.Session session, Tenant tenant, String tokenId, String idempotencyKey,
                  StoredAnswer previous, byte[] bodySha256, Counters counters) {
        this.session = session;
        this.tenant = tenant;
        this.tokenId = tokenId;
        this.idempotencyKey = idempotencyKey;
        this.previous = previous;
        this.bodySha256 = bodySha256.clone();
        this.counters = counters;
    }

    /** True when this request repeats an answered Idempotency-Key: its body is not read, only its hash compared. */
    public boolean isRepeat() {
        return previous != null;
    }

    /** Validates one record and queues it for storing; the caller pauses the body while {@link #backlogged()}. */
    public void accept(JsonNode record) {
        int index = received++;
        BerekeningReader.Result result = reader.read(record);
        List<Fout> fouten = result instanceof BerekeningReader.Invalid invalid ? invalid.fouten() : tenantRules(result);
        if (!fouten.isEmpty()) {
            String dossierId = result instanceof BerekeningReader.Invalid invalid ? invalid.dossierId()
                    : ((BerekeningReader.Valid) result).berekening().dossierId();
            ObjectNode entry = afgewezen.addObject().put("index", index).put("dossierId", dossierId);
            entry.set("fouten", Problems.fouten(fouten));
            return;
        }
        Berekening berekening = ((BerekeningReader.Valid) result).berekening();
        String key = berekening.dossierId() + "/" + berekening.periode();
        if (!chunkKeys.add(key)) {
            flush();
            chunkKeys.add(key);
        }
        chunk.add(new AcceptedBerekening(berekening.dossierId(), berekening.periode(), compact(record)));
        accepted++;
        if (chunk.size() >= CHUNK_SIZE) {
            flush();
        }
    }

    /** Municipal rules on top of the contract: the verlaging percentage must be one the tenant allows. */
    private List<Fout> tenantRules(BerekeningReader.Result result) {
        Berekening berekening = ((BerekeningReader.Valid) result).berekening();
        if (berekening.verlaging() != null
                && !tenant.allowedVerlagingPercentages().contains(berekening.verlaging().percentage())) {
            return List.of(new Fout("verlaging.percentage", "VERLAGING_NIET_TOEGESTAAN",
                    tenant.naam() + " kent alleen verlagingen van " + tenant.allowedVerlagingPercentages() + " procent"));
        }
        return List.of();
    }

    public boolean backlogged() {
        return chunksInFlight >= CHUNKS_IN_FLIGHT_MAX;
    }

    /** Completes when every queued chunk is stored; fails with the first store failure. */
    public Future<Void> drained() {
        return tail;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<AcceptedBerekening> toStore = chunk;
        chunk = new ArrayList<>();
        chunkKeys = new HashSet<>();
        chunksInFlight++;
        tail = tail.compose(ready -> session.store(toStore, tokenId)).andThen(done -> chunksInFlight--);
    }

    /** Stores what is left, records the answer under the Idempotency-Key, and commits. */
    public Future<Answer> finish() {
        byte[] sha256 = bodySha256;
        if (previous != null) {
            return session.rollback().compose(ended -> MessageDigest.isEqual(previous.bodySha256(), sha256)
                    ? Future.succeededFuture(new Answer(previous.statusCode(), previous.responseJson(), true))
                    : Future.failedFuture(EngineError.conflict(
                            "Deze Idempotency-Key is al gebruikt voor een ander verzoek; kies een nieuwe sleutel")));
        }
        flush();
        ObjectNode response = Json.MAPPER.createObjectNode().put("ontvangen", received).put("geaccepteerd", accepted);
        response.set("afgewezen", afgewezen);
        String json = compact(response);
        Future<Void> saved = tail;
        if (idempotencyKey != null) {
            saved = saved.compose(stored -> session.saveAnswer(idempotencyKey, new StoredAnswer(sha256, 200, json)));
        }
        return saved.compose(stored -> session.commit())
                .andThen(committed -> {
                    if (committed.succeeded()) {
                        counters.accepted(accepted);
                        counters.refused(afgewezen.size());
                    }
                })
                .map(committed -> new Answer(200, json, false))
                .recover(failure -> session.rollback().transform(ended -> Future.failedFuture(failure)));
    }

    /** Ends the request without storing anything. */
    public Future<Void> abort() {
        return tail.transform(stored -> session.rollback());
    }

    private static String compact(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree must serialise", e);
        }
    }
}
