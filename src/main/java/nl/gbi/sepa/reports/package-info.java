/**
 * Reading what the bank sends back: pain.002 status reports (.001.10 and .001.03) and returns in camt.053 /
 * camt.054 statements and notifications (.001.02 and .001.08). Every file is checked to be what it claims
 * (namespace, well-formed, XSD where one exists, content present) before anything is read from it; a file
 * that is not is refused with a {@link nl.gbi.sepa.reports.ReportRefusedException} and changes nothing. The
 * verdicts it yields are applied by {@code nl.gbi.payments}.
 *
 * <p>May depend on {@code nl.gbi.sepa}, {@code nl.gbi.payments}, {@code nl.gbi.domain}, javax.xml and prowide;
 * not on Vert.x or SQL.
 */
package nl.gbi.sepa.reports;
