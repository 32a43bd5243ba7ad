package nl.gbi.rails;

/**
 * A finding of the rails, named by a code that is stable for the batch (the approver acknowledges it by that code)
 * and a message in Dutch. {@code blocking}: no acknowledgement makes the batch approvable; only a rejection ends it.
 */
public record RailFinding(String code, String melding, boolean blocking) {
}
