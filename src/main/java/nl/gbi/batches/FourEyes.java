package nl.gbi.batches;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.access.Caller;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;

/**
 * The four-eyes rules as small pure functions over a stored {@link Batch}; each refuses with an
 * {@link EngineError} a finance officer can read. The database enforces the same rules again (V002 triggers).
 */
public final class FourEyes {

    public static final int REASON_LENGTH_MAX = 500;
    private static final Set<BatchState> REJECTABLE = Set.of(BatchState.CREATED, BatchState.AWAITING_APPROVAL,
            BatchState.APPROVED);

    private FourEyes() {
    }

    /** A batch at or above the tenant's threshold needs two different officers, below it one. */
    public static int approvalsNeeded(Tenant tenant, Money ctrlSum) {
        return ctrlSum.compareTo(tenant.secondApprovalThreshold()) >= 0 ? 2 : 1;
    }

    /** The approval {@code officer} may record, with the stored hash, count and total; or a refusal. */
    public static Approval approve(Batch batch, Caller officer, Shown shown, OffsetDateTime now) {
        if (batch.state() != BatchState.AWAITING_APPROVAL) {
            throw EngineError.conflict("Batch " + batch.id() + " wacht niet op goedkeuring (status " + batch.state() + ")");
        }
        if (officer.tokenId().equals(batch.startedBy()) || officer.persoon().equals(batch.startedByPersoon())) {
            throw new EngineError(EngineError.Kind.FORBIDDEN,
                    "Wie de betaalrun startte, mag de batch niet goedkeuren (vier ogen)");
        }
        if (batch.approvals().stream().anyMatch(a -> a.tokenId().equals(officer.tokenId()))) {
            throw EngineError.conflict("U keurde batch " + batch.id()
                    + " al goed; een tweede goedkeuring moet van een andere functionaris komen");
        }
        if (batch.approvals().stream().anyMatch(a -> a.persoon().equals(officer.persoon()))) {
            throw EngineError.conflict("Batch " + batch.id() + " is al goedgekeurd door " + officer.persoon()
                    + " met een ander token; een tweede goedkeuring moet van een andere persoon komen");
        }
        requireIntact(batch);
        byte[] hash = batch.contentSha256().orElseThrow();
        List<String> differences = differences(batch, shown, ContentHash.hex(hash));
        if (!differences.isEmpty()) {
            throw EngineError.conflict("Wat u zag, is niet wat de bank zou krijgen: " + String.join("; ", differences)
                    + ". Open de batch opnieuw");
        }
        return new Approval(officer.tokenId(), officer.naam(), officer.persoon(), now, hash, batch.nbOfTxs(),
                batch.ctrlSum());
    }

    /** True when the approvals that still count reach what the batch needs. */
    public static boolean complete(Batch batch, long validApprovals) {
        return validApprovals >= batch.approvalsNeeded();
    }

    public static void reject(Batch batch, String reden) {
        if (reden == null || reden.isBlank() || reden.length() > REASON_LENGTH_MAX) {
            throw EngineError.invalid(new Fout("reden", "VERPLICHT",
                    "Een afwijzing heeft een reden van 1 tot " + REASON_LENGTH_MAX + " tekens"));
        }
        if (!REJECTABLE.contains(batch.state())) {
            throw EngineError.conflict("Batch " + batch.id() + " kan niet meer worden afgewezen (status " + batch.state() + ")");
        }
    }

    /** The approved bytes may leave only while every approval that made the batch APPROVED still counts. */
    public static void export(Batch batch) {
        if (batch.state() != BatchState.APPROVED && batch.state() != BatchState.EXPORTED) {
            throw EngineError.conflict("Batch " + batch.id() + " is niet goedgekeurd (status " + batch.state()
                    + "); het bestand komt pas na goedkeuring vrij");
        }
        requireIntact(batch);
        if (!complete(batch, batch.validApprovals())) {
            throw EngineError.conflict("Het bestand van batch " + batch.id()
                    + " wijkt af van wat is goedgekeurd; de goedkeuring telt niet meer en de export is geweigerd");
        }
    }

    private static void requireIntact(Batch batch) {
        if (batch.files().isEmpty()) {
            throw EngineError.conflict("Batch " + batch.id() + " heeft geen bestand (zie de bevindingen)");
        }
        if (!batch.filesIntact()) {
            throw EngineError.conflict("Het opgeslagen bestand van batch " + batch.id()
                    + " is gewijzigd na het aanmaken; goedkeuren en exporteren zijn geweigerd");
        }
    }

    private static List<String> differences(Batch batch, Shown shown, String hashHex) {
        List<String> differences = new ArrayList<>();
        if (shown.sha256Hex() != null && !shown.sha256Hex().equalsIgnoreCase(hashHex)) {
            differences.add("hash " + shown.sha256Hex() + " is nu " + hashHex);
        }
        if (shown.nbOfTxs() != null && shown.nbOfTxs() != batch.nbOfTxs()) {
            differences.add("aantal " + shown.nbOfTxs() + " is nu " + batch.nbOfTxs());
        }
        if (shown.ctrlSum() != null && !shown.ctrlSum().equals(batch.ctrlSum())) {
            differences.add("totaal " + shown.ctrlSum() + " is nu " + batch.ctrlSum());
        }
        return differences;
    }
}
