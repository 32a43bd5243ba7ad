package nl.gbi.domain;

import java.util.List;

/**
 * An expected refusal, with a stable kind that the HTTP edge turns into an RFC 9457 problem with one
 * exhaustive switch. Anything else that fails is a bug: a 500 with a generic detail, logged once.
 */
public final class EngineError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal; each has one HTTP status. */
    public enum Kind {
        INVALID, MALFORMED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
        /** A well-formed upload whose content cannot be applied (a bank file naming payments we did not send). */
        UNPROCESSABLE, UNAVAILABLE
    }

    private final Kind kind;
    private final transient List<Fout> fouten;

    public EngineError(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public EngineError(Kind kind, String detail, List<Fout> fouten) {
        super(detail, null, false, false);
        this.kind = kind;
        this.fouten = List.copyOf(fouten);
    }

    public static EngineError invalid(String detail, List<Fout> fouten) {
        return new EngineError(Kind.INVALID, detail, fouten);
    }

    public static EngineError invalid(Fout fout) {
        return new EngineError(Kind.INVALID, fout.melding(), List.of(fout));
    }

    public static EngineError notFound(String detail) {
        return new EngineError(Kind.NOT_FOUND, detail);
    }

    public static EngineError conflict(String detail) {
        return new EngineError(Kind.CONFLICT, detail);
    }

    public static EngineError conflict(String detail, List<Fout> fouten) {
        return new EngineError(Kind.CONFLICT, detail, fouten);
    }

    public Kind kind() {
        return kind;
    }

    public List<Fout> fouten() {
        return fouten;
    }
}
