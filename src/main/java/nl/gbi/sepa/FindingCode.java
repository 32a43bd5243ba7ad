package nl.gbi.sepa;

/** Stable codes of pain.001 findings; each is one rule of sepa.md or of the XSD. */
public enum FindingCode {
    /** The file breaks the pain.001.001.09 XSD. */
    XSD_INVALID,
    /** Not well-formed XML, not UTF-8, or starts with a byte order mark. */
    ENCODING,
    /** Prefixed elements or another namespace than pain.001.001.09 as default namespace. */
    NAMESPACE,
    /** A character outside the SEPA set. */
    CHARSET,
    /** A text longer than the field allows, or empty. */
    LENGTH,
    /** An identifier breaks the identifier rules (35 characters, '/' rules). */
    IDENTIFIER,
    /** An identifier used twice in the file. */
    DUPLICATE_ID,
    /** Not EUR, not exactly two decimals, or outside 0.01 - 999999999.99. */
    AMOUNT,
    /** NbOfTxs or CtrlSum missing or not equal to the recomputed value. */
    TOTALS,
    /** PmtMtd, BtchBookg, SvcLvl, ChrgBr, CtgyPurp, Purp or ReqdExctnDt not as the bank requires. */
    PAYMENT_TYPE,
    /** An IBAN that is not uppercase, mod-97 valid and of a SEPA country, or an account that is no IBAN. */
    IBAN,
    /** DbtrAgt neither a BIC nor Othr/Id NOTPROVIDED. */
    AGENT,
    /** A creditor address where none is allowed, or missing or unstructured where one is required. */
    ADDRESS,
    /** Not exactly one Ustrd (or one Strd) per transaction. */
    REMITTANCE,
    /** A name that would be empty or meaningless after transliteration. */
    NAME_MEANINGLESS,
    /** The file has more findings than are reported; the rest are not listed. */
    TOO_MANY_FINDINGS
}
