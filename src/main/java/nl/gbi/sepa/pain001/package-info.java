/**
 * Writing pain.001.001.09 credit transfer files: the input values ({@link nl.gbi.sepa.pain001.CreditTransfer},
 * {@link nl.gbi.sepa.pain001.PaymentFileHeader}), the streaming writer, the planner that splits a run into
 * files at the tenant's limit, and the two checks every file passes before it may be offered for approval
 * (XSD and SEPA rules).
 *
 * <p>May depend on {@code nl.gbi.sepa}, {@code nl.gbi.domain} and javax.xml; not on prowide (tests use it to
 * read files back), Vert.x or SQL.
 */
package nl.gbi.sepa.pain001;
