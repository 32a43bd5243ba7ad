/**
 * The SEPA adapter's shared core: the character set the EPC allows in pain.001 text, transliteration into it,
 * and the identifier scheme (MsgId, PmtInfId, EndToEndId). Sub-packages write pain.001.001.09 files
 * ({@code pain001}) and read the bank's status reports and returns ({@code reports}).
 *
 * <p>May depend on {@code nl.gbi.domain}, {@code nl.gbi.payments}, the JDK (javax.xml) and prowide
 * (pw-iso20022). Must not depend on Vert.x, SQL or another adapter.
 */
package nl.gbi.sepa;
