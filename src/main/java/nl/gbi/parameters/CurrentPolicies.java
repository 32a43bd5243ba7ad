package nl.gbi.parameters;

import io.vertx.core.Future;

/** Brings the tenant registry's policies up to date with the approved ones (a cheap check when nothing changed). */
public interface CurrentPolicies {

    Future<Void> refresh();
}
