package nl.gbi.parameters;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.parameterset.Proposal;

/** Where parameter sets are kept (PostgreSQL: parameter_sets, parameter_set_values). Rows only; the rules are the caller's. */
public interface ParameterSetStore {

    /** Stores {@code shipped} as the first, approved set unless a set exists; audited in the PLATFORM chain. */
    Future<Void> seedIfEmpty(Proposal shipped, String document, AuditEvent event);

    /** The largest approval number, 0 when none: changes with every approval. */
    Future<Long> version();

    /** The approved sets, oldest approval first. */
    Future<List<StoredSet>> approved();

    /** Stores a proposal (VOORGESTELD) with its audit event; the event's subject is completed with the new id. */
    Future<StoredSet> propose(Proposal proposal, String document, String by, String byNaam, AuditEvent event);

    /** The newest sets first, at most {@code limit}. */
    Future<List<StoredSet>> recent(int limit);

    Future<Optional<StoredSet>> find(long id);

    /**
     * Opens a transaction that holds the decision lock of all parameter sets (one decision at a time), with the set
     * and the approved sets as they are under the lock. The caller ends it with one of the decision's methods.
     */
    Future<Optional<Decision>> beginDecision(long id);

    /**
     * The set a correction supersedes, the half-years it takes over (their first months; their months settled with
     * that set are redone), the years whose AOW-leeftijd it corrects (all their settled months are redone: a result
     * names the set of its half-year, not the one of its AOW-leeftijd) and the tenants to redo.
     */
    record Supersession(long vervangt, List<YearMonth> halfYears, List<Integer> aowYears, List<String> tenantIds) {
    }

    interface Decision {

        StoredSet set();

        /** The approved sets under the lock, oldest approval first. */
        List<StoredSet> approved();

        /**
         * Approves the set. With a {@code supersession}, each month of its half-years whose latest version was
         * settled with the superseded set gets a new version with the same input (token {@code parameterset/<id>}),
         * so the next run settles it again with the new figures by the ledger's rules; the count is added to the
         * audit event's details ({@code herberekend=N}).
         */
        Future<StoredSet> approve(String by, String byNaam, Supersession supersession, AuditEvent event);

        Future<StoredSet> reject(String by, String byNaam, String reden, AuditEvent event);

        Future<Void> abandon();
    }
}
