/**
 * What the bank's answers do to a payment, as pure decisions without I/O: the payment's states, the bank's
 * verdicts (accepted, rejected, returned with a reason code), the action each reason code requires
 * (sepa.md, "Status and returns") and the transition from one state to the next, idempotent so that applying
 * the same report twice changes nothing the second time.
 *
 * <p>Plain Java: may depend on {@code nl.gbi.domain} only; no prowide, javax.xml, Vert.x or SQL. The SEPA
 * adapter turns files into verdicts; the persistence layer stores the outcomes.
 */
package nl.gbi.payments;
