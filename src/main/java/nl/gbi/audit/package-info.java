/**
 * The audit trail: what is appended ({@link nl.gbi.audit.AuditEvent}), how a tenant's chain is hashed and
 * verified ({@link nl.gbi.audit.AuditChain}, pure), and reading it for a caller ({@link nl.gbi.audit.AuditTrail}
 * through the {@link nl.gbi.audit.AuditStore} port). Depends on {@code domain} and {@code access}.
 */
package nl.gbi.audit;
