package nl.gbi.sepa.pain001;

/**
 * Writing a pain.001 file failed: the transactions did not add up to the header's NbOfTxs/CtrlSum, or the
 * output failed. The partly written file must be discarded.
 */
public final class Pain001WriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Pain001WriteException(String message) {
        super(message);
    }

    public Pain001WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
