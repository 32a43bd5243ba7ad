-- The monthly betaalrun (issue 6): runs, their work queue, results, calculated lines, and the reasons a
-- line is not paid. The work queue is claimed with leases, so several engine instances share a run and a
-- crashed instance's work is taken over; the database, not only Java, makes a second payment impossible.

-- Platform tables (no personal data): a run and its progress per tenant and per chunk.
CREATE TABLE betaalruns (
    id             text        PRIMARY KEY,
    periode        date        NOT NULL CHECK (extract(day FROM periode) = 1),
    status         text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_by     text        NOT NULL REFERENCES tokens (id),
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
-- One run per period at a time: a second start while one runs is a unique violation (409).
CREATE UNIQUE INDEX betaalruns_one_running ON betaalruns (periode) WHERE status = 'RUNNING';

-- One row per tenant of a run: whose batch is made once all its chunks are done, by exactly one instance.
CREATE TABLE betaalrun_tenants (
    run_id         text        NOT NULL REFERENCES betaalruns (id),
    tenant_id      text        NOT NULL,
    chunks_total   integer     NOT NULL CHECK (chunks_total >= 0),
    dossiers_total integer     NOT NULL CHECK (dossiers_total >= 0),
    batch_state    text        NOT NULL CHECK (batch_state IN ('PENDING', 'DONE')),
    batch_id       bigint,
    lease_owner    text,
    lease_until    timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    finished_at    timestamptz,
    PRIMARY KEY (run_id, tenant_id)
);

-- The work queue: a range of dossier ids of one tenant, calculated and stored in one tenant transaction.
CREATE TABLE betaalrun_chunks (
    run_id         text        NOT NULL REFERENCES betaalruns (id),
    tenant_id      text        NOT NULL,
    chunk_no       integer     NOT NULL CHECK (chunk_no >= 0),
    first_dossier  text        NOT NULL,
    last_dossier   text        NOT NULL,
    dossiers       integer     NOT NULL CHECK (dossiers >= 1),
    state          text        NOT NULL CHECK (state IN ('PENDING', 'DONE')),
    lease_owner    text,
    lease_until    timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    calculated     integer,
    refused        integer,
    PRIMARY KEY (run_id, tenant_id, chunk_no),
    CHECK ((state = 'DONE') = (calculated IS NOT NULL AND refused IS NOT NULL))
);
CREATE INDEX betaalrun_chunks_pending ON betaalrun_chunks (run_id, tenant_id) WHERE state = 'PENDING';

-- Tenant-owned: the result of a calculated version of a berekening, as the contract's JSON.
CREATE TABLE resultaten (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL,
    periode        date        NOT NULL,
    versie         integer     NOT NULL,
    run_id         text        NOT NULL,
    resultaat      jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, dossier_id, periode, versie),
    FOREIGN KEY (tenant_id, dossier_id, periode, versie) REFERENCES berekeningen (tenant_id, dossier_id, periode, versie)
);

-- Tenant-owned: the payments a run calculated, before they become payments in a batch.
CREATE TABLE betaalrun_lines (
    tenant_id      text        NOT NULL,
    run_id         text        NOT NULL,
    dossier_id     text        NOT NULL,
    line_no        integer     NOT NULL CHECK (line_no >= 0),
    periode        date        NOT NULL,
    soort          text        NOT NULL,
    amount_cents   bigint      NOT NULL CHECK (amount_cents >= 1),
    creditor_iban  text        NOT NULL,
    creditor_name  text        NOT NULL,
    remittance     text        NOT NULL,
    PRIMARY KEY (tenant_id, run_id, dossier_id, soort, line_no)
);

-- Tenant-owned: berekeningen the calculation refused; never paid, reported per dossier.
CREATE TABLE betaalrun_refusals (
    tenant_id      text        NOT NULL,
    run_id         text        NOT NULL,
    dossier_id     text        NOT NULL,
    fouten         jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, run_id, dossier_id)
);

-- Tenant-owned: lines of a run that were not paid, and why (BLOCKED_IBAN, STOPPED_DOSSIER, ALREADY_PAID,
-- CHANGED_SINCE_PAID: the period was paid with other amounts; correcting it is herberekening, not a new payment).
CREATE TABLE betaalrun_skips (
    tenant_id      text        NOT NULL,
    run_id         text        NOT NULL,
    dossier_id     text        NOT NULL,
    soort          text        NOT NULL,
    line_no        integer     NOT NULL,
    reason         text        NOT NULL CHECK (reason IN ('BLOCKED_IBAN', 'STOPPED_DOSSIER', 'ALREADY_PAID',
                                   'CHANGED_SINCE_PAID')),
    reason_code    text,
    amount_cents   bigint      NOT NULL,
    PRIMARY KEY (tenant_id, run_id, dossier_id, soort, line_no)
);

-- Tenant-owned: an IBAN the bank said is wrong for a dossier (AC01, AC04, AG01) until a new berekening
-- brings another IBAN; and dossiers stopped by a bank answer (MD07: the client died).
CREATE TABLE blocked_ibans (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL,
    iban           text        NOT NULL,
    reason_code    text        NOT NULL,
    since          timestamptz NOT NULL DEFAULT now(),
    lifted_at      timestamptz
);
CREATE UNIQUE INDEX blocked_ibans_active ON blocked_ibans (tenant_id, dossier_id, iban) WHERE lifted_at IS NULL;

CREATE TABLE stopped_dossiers (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL,
    reason_code    text        NOT NULL,
    since          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, dossier_id)
);

-- Tenant-owned: the per-dossier vakantiegeld reserve (participatiewet.md §6), one booking per dossier and
-- period: the month's reservation, the reserve after it, and what was paid out (payout month, end of right).
-- Written once; a rerun of the period reads the booking instead of booking again.
CREATE TABLE vakantiegeld_ledger (
    tenant_id          text        NOT NULL,
    dossier_id         text        NOT NULL,
    periode            date        NOT NULL CHECK (extract(day FROM periode) = 1),
    reservation_cents  bigint      NOT NULL CHECK (reservation_cents >= 0),
    balance_cents      bigint      NOT NULL CHECK (balance_cents >= 0),
    payout_cents       bigint      NOT NULL CHECK (payout_cents >= 0),
    run_id             text        NOT NULL,
    booked_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, dossier_id, periode)
);

-- No payment twice: an original line (not a correction) of a dossier, period, kind and ordinal within its
-- kind (the first DERDENBETALING is 0, the second 1; there is one UITKERING, so it is always 0) exists once,
-- whichever run, retry or instance inserts it. The ordinal is per kind so that a later version of the
-- berekening with another number of inhoudingen cannot move the UITKERING to a position never paid. Lines of manual and test batches carry no
-- position and are outside this rule.
-- A RELEASED payment (its batch was rejected before it was sent) never reached the bank and leaves the index,
-- so a later run pays that line again.
ALTER TABLE payments ADD COLUMN line_no integer CHECK (line_no >= 0);
CREATE UNIQUE INDEX payments_original_once ON payments (tenant_id, dossier_id, periode, soort, line_no)
    WHERE corrects_seq IS NULL AND line_no IS NOT NULL AND state <> 'RELEASED';
-- One batch per tenant per run, so two instances finishing a tenant at once cannot both make one.
CREATE UNIQUE INDEX batches_one_per_run ON batches (tenant_id, run_id) WHERE run_id IS NOT NULL;

-- Row-level security as in V001: a transaction sees only the tenant it set with set_config('gbi.tenant', ..., true).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['resultaten', 'betaalrun_lines', 'betaalrun_refusals', 'betaalrun_skips',
                             'blocked_ibans', 'stopped_dossiers', 'vakantiegeld_ledger'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
            || ' USING (tenant_id = current_setting(''gbi.tenant'', true))'
            || ' WITH CHECK (tenant_id = current_setting(''gbi.tenant'', true))', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT ON betaalruns TO gbi_app;
GRANT UPDATE (status, finished_at) ON betaalruns TO gbi_app;
GRANT SELECT, INSERT ON betaalrun_tenants TO gbi_app;
GRANT UPDATE (batch_state, batch_id, lease_owner, lease_until, attempts, finished_at) ON betaalrun_tenants TO gbi_app;
GRANT SELECT, INSERT ON betaalrun_chunks TO gbi_app;
GRANT UPDATE (state, lease_owner, lease_until, attempts, calculated, refused) ON betaalrun_chunks TO gbi_app;
GRANT SELECT, INSERT ON resultaten, betaalrun_lines, betaalrun_refusals, betaalrun_skips TO gbi_app;
GRANT SELECT, INSERT ON blocked_ibans, stopped_dossiers, vakantiegeld_ledger TO gbi_app;
GRANT UPDATE (lifted_at) ON blocked_ibans TO gbi_app;
