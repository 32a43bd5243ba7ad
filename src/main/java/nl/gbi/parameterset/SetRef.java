package nl.gbi.parameterset;

/** Which parameter set a result was calculated with: its id and the SHA-256 of its figures. */
public record SetRef(long id, String sha256) {
}
