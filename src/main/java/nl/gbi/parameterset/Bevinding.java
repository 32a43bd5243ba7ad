package nl.gbi.parameterset;

/**
 * A sanity finding on a proposed set: a figure that looks like a typing error. {@code code} is what a reason is
 * given for ({@code AFWIJKING.NORM_21_A.2027-01-01}); {@code reden} is the proposal's reason, null when it gave none
 * (then the set is refused).
 */
public record Bevinding(String code, String melding, String reden) {
}
