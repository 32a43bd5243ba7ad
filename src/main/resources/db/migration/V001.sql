-- Intake foundation: tokens, berekeningen with numbered versions, idempotency keys, and the
-- application role that owns nothing and cannot bypass row-level security.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gbi_app') THEN
        CREATE ROLE gbi_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
END
$$;

-- Platform identities, not tenant data: authentication reads a token before any tenant is known.
-- ops and admin tokens belong to no tenant; every other role belongs to exactly one.
CREATE TABLE tokens (
    id             text PRIMARY KEY,
    tenant_id      text,
    role           text        NOT NULL CHECK (role IN ('submitter', 'finance-officer', 'ops', 'admin')),
    naam           text        NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
    secret_sha256  bytea       NOT NULL CHECK (length(secret_sha256) = 32),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text REFERENCES tokens (id),
    CHECK ((role IN ('ops', 'admin')) = (tenant_id IS NULL))
);

-- Every submitted version of a berekening, never changed: what was paid can always be traced to what
-- was submitted. latest_berekeningen says which version is current.
CREATE TABLE berekeningen (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    periode        date        NOT NULL CHECK (extract(day FROM periode) = 1),
    versie         integer     NOT NULL CHECK (versie >= 1),
    input          jsonb       NOT NULL,
    ontvangen_op   timestamptz NOT NULL DEFAULT now(),
    token_id       text        NOT NULL,
    PRIMARY KEY (tenant_id, dossier_id, periode, versie)
);

-- The current version per dossier and period. Numbered by an upsert on its primary key, so finding the
-- previous version never depends on the planner's idea of the table's size.
CREATE TABLE latest_berekeningen (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL,
    periode        date        NOT NULL,
    versie         integer     NOT NULL CHECK (versie >= 1),
    PRIMARY KEY (tenant_id, dossier_id, periode)
);
CREATE INDEX latest_berekeningen_periode ON latest_berekeningen (tenant_id, periode);

-- The stored answer to a request made with an Idempotency-Key, with the hash of the body it answered.
CREATE TABLE idempotency_keys (
    tenant_id      text        NOT NULL,
    key            text        NOT NULL,
    body_sha256    bytea       NOT NULL CHECK (length(body_sha256) = 32),
    status_code    integer     NOT NULL,
    response       text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);

-- Row-level security: a transaction sees only the tenant it set with set_config('gbi.tenant', ..., true).
ALTER TABLE berekeningen ENABLE ROW LEVEL SECURITY;
ALTER TABLE berekeningen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON berekeningen
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

ALTER TABLE latest_berekeningen ENABLE ROW LEVEL SECURITY;
ALTER TABLE latest_berekeningen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON latest_berekeningen
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_keys
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

GRANT SELECT, INSERT ON tokens TO gbi_app;
GRANT SELECT, INSERT ON berekeningen TO gbi_app;
GRANT SELECT, INSERT ON latest_berekeningen TO gbi_app;
GRANT UPDATE (versie) ON latest_berekeningen TO gbi_app;
GRANT SELECT, INSERT ON idempotency_keys TO gbi_app;
