package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

/** GBI_DATABASE_URL as ops write it, and as they mistype it: a mistake is named, the password never repeated. */
class DatabaseConfigTest {

    @Test
    void theAppRoleSharesServerDatabaseAndTls() {
        DatabaseConfig config = DatabaseConfig.fromUrl("postgresql://gbi_owner:s%40cret@db.example.nl:5433/gbi?sslmode=require",
                "app-secret", 4);
        assertEquals("s@cret", config.owner().getPassword());
        assertEquals(SslMode.REQUIRE, config.app().getSslMode());
        assertTrue(config.app().getSslOptions().isTrustAll(), "require encrypts without checking the certificate, as libpq");
        assertEquals("gbi_app", config.app().getUser());
        assertEquals("app-secret", config.app().getPassword());
        assertEquals("db.example.nl", config.app().getHost());
        assertEquals("gbi", config.app().getDatabase());
    }

    @Test
    void verifyFullChecksTheHostNameAgainstTheSystemCas() {
        DatabaseConfig config = DatabaseConfig.fromUrl("postgresql://o:p@h/gbi?sslmode=verify-full&sslrootcert=system", null, 1);
        assertEquals(SslMode.VERIFY_FULL, config.app().getSslMode());
        assertEquals("HTTPS", config.app().getSslOptions().getHostnameVerificationAlgorithm());
    }

    @Test
    void mistakesAreNamedWithoutThePassword() {
        for (String url : new String[] {"postgresx://gbi_owner:TopSecret1@h/gbi", "postgresql://gbi_owner:TopSecret1@h:99999/gbi",
                "postgresql://gbi_owner:TopSecret1@h/gbi?sslmode=prefer", "postgresql://gbi_owner:TopSecret1@h/gbi?sslmode=verify-ca",
                "postgresql://gbi_owner:TopSecret1@h/gbi?sslcert=x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.fromUrl(url, null, 1));
            assertTrue(e.getMessage().startsWith("GBI_DATABASE_URL"), e.getMessage());
            assertFalse(e.getMessage().contains("TopSecret1"), e.getMessage());
        }
    }
}
