/**
 * The HTTP edge: routes of the v1 contract, authentication, and the one failure handler that turns every
 * refusal into RFC 9457 problem+json. Depends on the use cases ({@code access}, {@code intake}), {@code json}
 * and {@code ops}; never on {@code persistence}.
 */
package nl.gbi.http;
