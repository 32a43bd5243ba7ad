package nl.gbi.persistence;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.TrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.TrustManagerFactory;

/**
 * Where the database is and who connects. {@code owner} runs the migrations (and owns the tables);
 * {@code app} is the role the engine's requests use: it owns nothing and cannot bypass row-level security.
 * Neither password is ever logged or sent to the server as SQL; error messages name the setting, never the
 * URL (it holds the owner's password).
 */
public record DatabaseConfig(PgConnectOptions owner, PgConnectOptions app, int poolSizeMax) {

    public static final String APP_ROLE = "gbi_app";

    /**
     * From {@code GBI_DATABASE_URL} ({@code postgresql://owner:pw@host:5432/db?sslmode=verify-full&sslrootcert=ca.pem}).
     * The app role connects to the same server and database, with the same TLS settings, as {@value #APP_ROLE}
     * with {@code appPassword} ({@code GBI_APP_DB_PASSWORD}; null where the server does not ask for one).
     */
    public static DatabaseConfig fromUrl(String url, String appPassword, int poolSizeMax) {
        String sslmode = "disable";
        String sslrootcert = null;
        List<String> rest = new ArrayList<>();
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String param : url.substring(query + 1).split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                String value = URLDecoder.decode(param.substring(Math.min(param.length(), name.length() + 1)), StandardCharsets.UTF_8);
                switch (name) {
                    case "sslmode" -> sslmode = value;
                    case "sslrootcert" -> sslrootcert = value;
                    case "application_name", "connect_timeout" -> rest.add(param);
                    default -> throw new IllegalArgumentException("GBI_DATABASE_URL: unknown parameter '" + name
                            + "' (known: sslmode, sslrootcert, application_name)");
                }
            }
        }
        PgConnectOptions owner;
        try {
            owner = PgConnectOptions.fromUri(query < 0 ? url : url.substring(0, query)
                    + (rest.isEmpty() ? "" : "?" + String.join("&", rest)));
        } catch (RuntimeException e) {
            // the parser's own message repeats the URL, password and all
            throw new IllegalArgumentException("GBI_DATABASE_URL is not a postgresql://user:password@host:port/database"
                    + " URL (not repeated here: it holds a password)");
        }
        if (owner.getUser() == null || owner.getUser().isBlank()) {
            throw new IllegalArgumentException("GBI_DATABASE_URL names no user: give the owner role, postgresql://gbi_owner:…@host/gbi");
        }
        withTls(owner, sslmode, sslrootcert);
        return new DatabaseConfig(owner, appOptions(owner, appPassword), poolSizeMax);
    }

    static DatabaseConfig embedded(int port, String superuserPassword, String appPassword, int poolSizeMax) {
        PgConnectOptions owner = new PgConnectOptions().setHost("127.0.0.1").setPort(port)
                .setDatabase("postgres").setUser("postgres").setPassword(superuserPassword);
        return new DatabaseConfig(owner, appOptions(owner, appPassword), poolSizeMax);
    }

    /**
     * libpq's meaning of each mode: {@code require} encrypts without checking the certificate (unless
     * {@code sslrootcert} is given, as libpq does with a root certificate), {@code verify-ca} checks it against
     * {@code sslrootcert} (a PEM file, or {@code system} for the JVM's trusted CAs), {@code verify-full} also
     * checks the host name. {@code allow} and {@code prefer} are refused: they fall back to plain text silently.
     */
    private static void withTls(PgConnectOptions options, String sslmode, String sslrootcert) {
        switch (sslmode.toLowerCase(Locale.ROOT)) {
            case "disable" -> options.setSslMode(SslMode.DISABLE);
            case "require" -> {
                options.setSslMode(SslMode.REQUIRE);
                options.setSslOptions(sslrootcert == null ? new ClientSSLOptions().setTrustAll(true)
                        : new ClientSSLOptions().setTrustOptions(trust(sslrootcert)).setHostnameVerificationAlgorithm(""));
            }
            case "verify-ca" -> options.setSslMode(SslMode.VERIFY_CA).setSslOptions(new ClientSSLOptions()
                    .setTrustOptions(trust(required(sslrootcert, sslmode))).setHostnameVerificationAlgorithm(""));
            case "verify-full" -> options.setSslMode(SslMode.VERIFY_FULL).setSslOptions(new ClientSSLOptions()
                    .setTrustOptions(trust(required(sslrootcert, sslmode))).setHostnameVerificationAlgorithm("HTTPS"));
            default -> throw new IllegalArgumentException("GBI_DATABASE_URL: sslmode must be disable, require, verify-ca"
                    + " or verify-full, not '" + sslmode + "' (allow and prefer may fall back to an unencrypted connection)");
        }
    }

    private static String required(String sslrootcert, String sslmode) {
        if (sslrootcert == null) {
            throw new IllegalArgumentException("GBI_DATABASE_URL: sslmode=" + sslmode + " needs sslrootcert=/path/to/ca.pem"
                    + " (or sslrootcert=system for the CAs the JVM trusts)");
        }
        return sslrootcert;
    }

    private static TrustOptions trust(String sslrootcert) {
        if (sslrootcert.equals("system")) {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                return TrustOptions.wrap(factory);
            } catch (Exception e) {
                throw new IllegalStateException("the JVM's trusted CAs cannot be loaded", e);
            }
        }
        if (!Files.isReadable(Path.of(sslrootcert))) {
            throw new IllegalArgumentException("GBI_DATABASE_URL: sslrootcert " + sslrootcert + " is not a readable file");
        }
        return new PemTrustOptions().addCertPath(sslrootcert);
    }

    private static PgConnectOptions appOptions(PgConnectOptions owner, String appPassword) {
        PgConnectOptions app = new PgConnectOptions(owner).setUser(APP_ROLE).setPassword(appPassword == null ? "" : appPassword);
        if (owner.getSslOptions() != null) {
            app.setSslOptions(owner.getSslOptions().copy());
        }
        return app.setCachePreparedStatements(true).setPipeliningLimit(16);
    }
}
