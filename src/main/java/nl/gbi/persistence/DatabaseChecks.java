package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine checks at every start before it serves, so that a server prepared differently from
 * docs/operations.md fails with what to do instead of leaking data later: the application role exists,
 * owns nothing, is no superuser, cannot bypass row-level security and is no member of the owner; and the
 * server logs no statement, parameter or DETAIL in the application role's sessions.
 */
final class DatabaseChecks {

    private static final String SEE = " (docs/operations.md, \"An external PostgreSQL\")";
    private static final String APP_ROLE = """
            SELECT r.rolsuper, r.rolbypassrls, r.rolcanlogin,
                   pg_has_role(r.oid, current_user, 'MEMBER') AS member_of_owner,
                   (SELECT count(*) FROM pg_shdepend d
                    WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'o') AS owned
            FROM pg_roles r WHERE r.rolname = 'gbi_app'""";
    private static final String OWNER_MAY_CREATE_ROLES = """
            SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gbi_app') AS app_exists,
                   (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS may_create""";
    private static final String LOG_SETTINGS = "SELECT name, setting FROM pg_settings WHERE name = ANY($1::text[])";

    private DatabaseChecks() {
    }

    /** Before the migrations: V001 creates gbi_app only where the owner may create roles (the embedded server). */
    static Future<Void> appRoleExists(SqlConnection owner) {
        return owner.query(OWNER_MAY_CREATE_ROLES).execute().compose(rows -> {
            Row row = rows.iterator().next();
            if (row.getBoolean("app_exists") || row.getBoolean("may_create")) {
                return Future.succeededFuture();
            }
            return Future.failedFuture(new IllegalStateException("the database role gbi_app does not exist and the owner"
                    + " role in GBI_DATABASE_URL may not create it: let the DBA run the role script" + SEE));
        });
    }

    /** After the migrations (which grant it its privileges): gbi_app is subject to row-level security. */
    static Future<Void> appRoleIsConfined(SqlConnection owner) {
        return owner.query(APP_ROLE).execute().compose(rows -> {
            List<String> wrong = new ArrayList<>();
            Row row = rows.iterator().next();
            if (row.getBoolean("rolsuper")) {
                wrong.add("is a superuser (must be NOSUPERUSER)");
            }
            if (row.getBoolean("rolbypassrls")) {
                wrong.add("bypasses row-level security (must be NOBYPASSRLS)");
            }
            if (!row.getBoolean("rolcanlogin")) {
                wrong.add("cannot log in (must be LOGIN)");
            }
            if (row.getBoolean("member_of_owner")) {
                wrong.add("is a member of the owner role (REVOKE that membership)");
            }
            if (row.getLong("owned") > 0) {
                wrong.add("owns " + row.getLong("owned") + " object(s) (must own nothing: REASSIGN OWNED BY gbi_app TO the owner)");
            }
            return wrong.isEmpty() ? Future.succeededFuture() : Future.failedFuture(new IllegalStateException(
                    "the database role gbi_app " + String.join(", ", wrong) + SEE));
        });
    }

    /** The settings of the app role's sessions that keep personal data out of the server's log. */
    static Future<Void> logsNoPersonalData(SqlConnection app) {
        return app.preparedQuery(LOG_SETTINGS).execute(Tuple.of(
                EmbeddedDatabase.LOG_SETTINGS.keySet().stream().filter(name -> !name.equals("log_file_mode"))
                        .toArray(String[]::new))).compose(rows -> {
            List<String> wrong = new ArrayList<>();
            for (Row row : rows) {
                String name = row.getString("name");
                String wanted = EmbeddedDatabase.LOG_SETTINGS.get(name);
                if (!wanted.equalsIgnoreCase(row.getString("setting"))) {
                    wrong.add(name + " = '" + wanted + "' (is '" + row.getString("setting") + "')");
                }
            }
            return wrong.isEmpty() ? Future.succeededFuture() : Future.failedFuture(new IllegalStateException(
                    "the PostgreSQL server would log statements, parameters or error details of gbi_app, which hold"
                            + " personal data; let the DBA set for gbi_app: " + String.join(", ", wrong) + SEE));
        });
    }
}
