package nl.gbi.cli;

import io.vertx.core.Vertx;
import java.util.List;
import nl.gbi.Blocking;
import nl.gbi.EngineConfig;
import nl.gbi.StartFailure;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.parameters.StoredSet;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.persistence.Database;
import nl.gbi.persistence.DatabaseConfig;
import nl.gbi.persistence.EmbeddedDatabase;
import nl.gbi.persistence.PgParameterSetStore;

/**
 * {@code calc --data-dir D}: the table of the approved parameter sets in an engine's database (the embedded one in
 * {@code D}, or {@code GBI_DATABASE_URL}), read once, so calc calculates with the figures the engine pays with.
 */
final class DatabaseParameters {

    private static final long TIMEOUT_SECONDS = 120;

    /** The table, or a failure with the exit code a start would give. */
    record Loaded(ParameterTable table, StartupFailures.Verdict failure) {
    }

    private DatabaseParameters() {
    }

    static Loaded load(EngineConfig config) {
        if (config.databaseUrl() == null && DataDirectory.inUse(config.dataDir())) {
            return new Loaded(null, StartupFailures.dataDirInUse("calc", config.dataDir()));
        }
        EmbeddedDatabase embedded = null;
        Vertx vertx = Vertx.vertx();
        try {
            DatabaseConfig db;
            if (config.databaseUrl() == null) {
                try {
                    embedded = EmbeddedDatabase.start(config.dataDir());
                } catch (RuntimeException e) {
                    throw new StartFailure(StartFailure.Stage.EMBEDDED_DATABASE, e);
                }
                db = embedded.config(1);
            } else {
                db = DatabaseConfig.fromUrl(config.databaseUrl(), config.appDatabasePassword(), 1);
            }
            Database database;
            try {
                database = Blocking.await(Database.open(vertx, db), TIMEOUT_SECONDS);
            } catch (RuntimeException e) {
                throw new StartFailure(StartFailure.Stage.MIGRATIONS, e);
            }
            try {
                PgParameterSetStore store = new PgParameterSetStore(database);
                long version = Blocking.await(store.version(), TIMEOUT_SECONDS);
                List<StoredSet> approved = Blocking.await(store.approved(), TIMEOUT_SECONDS);
                if (approved.isEmpty()) {
                    throw new IllegalArgumentException("the database has no approved parameter set yet; start the engine"
                            + " once (it seeds the shipped table) or calc without --data-dir");
                }
                return new Loaded(EffectiveParameters.of(version, approved.stream().map(StoredSet::approved).toList())
                        .table(), null);
            } finally {
                Blocking.await(database.close(), TIMEOUT_SECONDS);
            }
        } catch (RuntimeException e) {
            return new Loaded(null, StartupFailures.classify("calc", config, e));
        } finally {
            Blocking.await(vertx.close(), TIMEOUT_SECONDS);
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
