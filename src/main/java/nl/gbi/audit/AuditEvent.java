package nl.gbi.audit;

import nl.gbi.access.Caller;

/**
 * One thing to record: who (token id and name, or {@code engine}), what ({@code action}, e.g.
 * {@code BATCH_APPROVED}), on what ({@code subject}, e.g. {@code batch/12}) and why or with which facts
 * ({@code details}, one line of {@code key=value} text).
 */
public record AuditEvent(String actor, String actorNaam, String action, String subject, String details) {

    public static final String ENGINE = "engine";

    public static AuditEvent by(Caller caller, String action, String subject, String details) {
        return new AuditEvent(caller.tokenId(), caller.naam(), action, subject, details);
    }
}
