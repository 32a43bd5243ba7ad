package nl.gbi.intake;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.gbi.access.Caller;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.tenants.TenantRegistry;

/** The intake use cases: start a submission, read back the latest version of a berekening. */
public final class Intake {

    /** Idempotency keys are opaque to us but bounded: printable ASCII, at most this long. */
    public static final int IDEMPOTENCY_KEY_MAX = 200;

    private final IntakeStore store;
    private final TenantRegistry tenants;
    private final IntakeRequest.Counters counters;

    public Intake(IntakeStore store, TenantRegistry tenants, IntakeRequest.Counters counters) {
        this.store = store;
        this.tenants = tenants;
        this.counters = counters;
    }

    /**
     * Refuses an Idempotency-Key that is not 1 to {@value #IDEMPOTENCY_KEY_MAX} visible ASCII characters; the
     * HTTP edge asks before it reads the body, so a bad key costs neither a spool file nor a connection.
     */
    public static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && !isValidKey(idempotencyKey)) {
            throw EngineError.invalid(new Fout("Idempotency-Key", "ONGELDIG_FORMAAT",
                    "Een Idempotency-Key is 1 tot " + IDEMPOTENCY_KEY_MAX + " zichtbare ASCII-tekens"));
        }
    }

    /**
     * Opens the request's transaction once its body is whole ({@code bodySha256} is its hash). With an
     * Idempotency-Key it first takes the key for the duration of the transaction: a request still in flight
     * under the same key answers 409.
     */
    public Future<IntakeRequest> start(Caller caller, String idempotencyKey, byte[] bodySha256) {
        Tenant tenant = tenants.find(caller.tenantId()).orElseThrow();
        try {
            checkKey(idempotencyKey);
        } catch (EngineError refused) {
            return Future.failedFuture(refused);
        }
        return store.begin(tenant.gemeentecode()).compose(session -> {
            if (idempotencyKey == null) {
                return Future.succeededFuture(new IntakeRequest(session, tenant, caller.tokenId(), null, null, bodySha256,
                        counters));
            }
            return session.tryLockKey(idempotencyKey)
                    .compose(locked -> locked ? session.findAnswer(idempotencyKey) : Future.failedFuture(EngineError.conflict(
                            "Een verzoek met deze Idempotency-Key is nog in behandeling; probeer het later opnieuw")))
                    .map(previous -> new IntakeRequest(session, tenant, caller.tokenId(), idempotencyKey,
                            previous.orElse(null), bodySha256, counters))
                    .recover(failure -> session.rollback().transform(ended -> Future.failedFuture(failure)));
        });
    }

    public Future<StoredBerekening> latest(Caller caller, String dossierId, String periode) {
        YearMonth month;
        try {
            month = YearMonth.parse(periode);
        } catch (DateTimeParseException e) {
            return Future.failedFuture(EngineError.notFound("Geen berekening voor " + dossierId + " in " + periode));
        }
        return store.findLatest(caller.tenantId(), dossierId, month).compose(found -> found
                .map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(EngineError.notFound("Geen berekening voor " + dossierId + " in " + periode))));
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY_MAX) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }
}
