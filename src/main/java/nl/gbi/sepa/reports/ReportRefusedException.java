package nl.gbi.sepa.reports;

/**
 * A status report or returns file that is not what it claims; nothing in it is applied. The HTTP layer turns
 * it into problem+json (status 422, {@code code} as the stable type, the message as detail).
 */
public final class ReportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused; stable codes for problem+json. */
    public enum Problem {
        /** No bytes, or larger than the limit. */
        EMPTY_OR_TOO_LARGE,
        /** Not well-formed XML, or not UTF-8. */
        NOT_XML,
        /** A DOCTYPE or entity declaration: never loaded, the whole file is refused. */
        DOCTYPE_NOT_ALLOWED,
        /** The root is not a Document of one of the namespaces this endpoint reads. */
        WRONG_NAMESPACE,
        /** Breaks the message's XSD. */
        XSD_INVALID,
        /** Well-formed but without the content the message type requires. */
        CONTENT_MISSING,
        /** Names a payment (EndToEndId) or file (MsgId) that the engine did not send. */
        UNKNOWN_REFERENCE
    }

    private final Problem problem;

    public ReportRefusedException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ReportRefusedException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
