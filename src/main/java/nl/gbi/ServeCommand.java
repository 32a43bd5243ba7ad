package nl.gbi;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.tenants.TenantConfigException;

/** {@code serve [--host 127.0.0.1] [--port 8080] [--data-dir ./data] [--tenants ./tenants]}: runs the engine until
 * SIGTERM, then stops gracefully. Returns an exit code, or -1 while the engine runs on. */
final class ServeCommand {

    private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

    private ServeCommand() {
    }

    static int run(String[] args) {
        EngineConfig config;
        try {
            config = parse(args, EngineConfig.defaults(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return 64;
        }
        try {
            Engine.start(config)
                    .onSuccess(engine -> Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "gbi-shutdown")))
                    .onFailure(failure -> {
                        LOG.log(Level.SEVERE, "Not started: " + failure.getMessage(), failure);
                        System.exit(70);
                    });
        } catch (TenantConfigException e) {
            LOG.severe("Not started: tenant configuration: " + e.getMessage());
            return 78;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Not started: " + e.getMessage(), e);
            return 70;
        }
        return -1;
    }

    static EngineConfig parse(String[] args, EngineConfig config) {
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String value = args[++i];
            config = switch (flag) {
                case "--port" -> config.withPort(parsePort(value));
                case "--host" -> config.withHost(value);
                case "--data-dir" -> config.withDataDir(Path.of(value));
                case "--tenants" -> config.withTenantsDir(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            };
        }
        return config;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value, e);
        }
    }
}
