package nl.gbi.audit;

import nl.gbi.access.Caller;

/**
 * One thing to record: who (token id and name, or {@code engine}), what ({@code action}, e.g.
 * {@code BATCH_APPROVED}), on what ({@code subject}, e.g. {@code batch/12}) and why or with which facts
 * ({@code details}, one line of {@code key=value} text), and the person who holds the token ({@code persoon}; null for
 * the engine's own events).
 */
public record AuditEvent(String actor, String actorNaam, String action, String subject, String details,
                         String persoon) {

    public static final String ENGINE = "engine";

    /** An event without a person: the engine's own, or one recorded before persons existed. */
    public AuditEvent(String actor, String actorNaam, String action, String subject, String details) {
        this(actor, actorNaam, action, subject, details, null);
    }

    /** What {@code caller} did: its token in {@code actor}, the person who holds it in {@code persoon}. */
    public static AuditEvent by(Caller caller, String action, String subject, String details) {
        return new AuditEvent(caller.tokenId(), caller.naam(), action, subject, details, caller.persoon());
    }

    /** The same event about another subject, or with other details (the person stays). */
    public AuditEvent with(String newSubject, String newDetails) {
        return new AuditEvent(actor, actorNaam, action, newSubject, newDetails, persoon);
    }
}
