package nl.gbi.audit;

import java.time.OffsetDateTime;

/** One stored row of a chain: the event, its place ({@code seq}), its time and its link hashes. */
public record AuditEntry(String chain, long seq, OffsetDateTime at, String actor, String actorNaam, String action,
                         String subject, String details, String persoon, byte[] prevHash, byte[] hash) {
}
