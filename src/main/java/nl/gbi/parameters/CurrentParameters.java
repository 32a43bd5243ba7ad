package nl.gbi.parameters;

import io.vertx.core.Future;
import nl.gbi.parameterset.EffectiveParameters;

/** The table of the approved sets as it is now; every engine instance sees an approval at its next read. */
public interface CurrentParameters {

    Future<EffectiveParameters> current();
}
