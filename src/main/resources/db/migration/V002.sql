-- Batches, payment lines, four-eyes approvals bound to the file bytes, and the hash-chained audit trail.
-- The database, not only Java, refuses what must never happen: an illegal state change, an approval by the
-- person who started the run or on a batch not awaiting approval, an edited file or audit row by the
-- application role (it has no UPDATE or DELETE on them).

-- Never reused, so a payment's EndToEndId and a file's MsgId are unique per debtor for ever. One sequence
-- for all tenants: unique over all tenants is unique per tenant; gaps are harmless.
CREATE SEQUENCE payment_seq MAXVALUE 2821109907455 NO CYCLE;
CREATE SEQUENCE batch_file_seq MAXVALUE 2821109907455 NO CYCLE;
CREATE SEQUENCE batch_id_seq NO CYCLE;

CREATE TABLE batches (
    tenant_id        text        NOT NULL,
    id               bigint      NOT NULL,
    run_id           text,                                -- the betaalrun that made it (issue 6); null before
    started_by       text        NOT NULL,                -- token id of whoever started the run
    state            text        NOT NULL CHECK (state IN ('CREATED', 'AWAITING_APPROVAL', 'APPROVED',
                         'EXPORTED', 'ACCEPTED', 'PARTLY_REJECTED', 'RETURNED', 'REJECTED', 'CANCELLED')),
    execution_date   date        NOT NULL,
    nb_of_txs        integer     NOT NULL CHECK (nb_of_txs >= 1),
    ctrl_sum_cents   bigint      NOT NULL CHECK (ctrl_sum_cents >= nb_of_txs),
    approvals_needed integer     NOT NULL CHECK (approvals_needed IN (1, 2)),
    created_at       timestamptz NOT NULL DEFAULT now(),
    decided_by       text,                                -- who rejected or cancelled
    reason           text CHECK (length(reason) BETWEEN 1 AND 500),
    findings         jsonb       NOT NULL DEFAULT '[]',   -- payments that cannot be sent: no files then
    PRIMARY KEY (tenant_id, id),
    CHECK ((state IN ('REJECTED', 'CANCELLED')) = (reason IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX batches_state ON batches (tenant_id, state, id);

-- One pain.001 file of a batch, with the exact bytes that go to the bank. Never updated by the engine.
CREATE TABLE batch_files (
    tenant_id        text        NOT NULL,
    batch_id         bigint      NOT NULL,
    file_index       integer     NOT NULL CHECK (file_index >= 0),
    msg_id           text        NOT NULL,
    content          bytea       NOT NULL,
    sha256           bytea       NOT NULL CHECK (length(sha256) = 32),
    nb_of_txs        integer     NOT NULL CHECK (nb_of_txs >= 1),
    ctrl_sum_cents   bigint      NOT NULL CHECK (ctrl_sum_cents >= nb_of_txs),
    findings         jsonb       NOT NULL DEFAULT '[]',
    PRIMARY KEY (tenant_id, batch_id, file_index),
    UNIQUE (tenant_id, msg_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES batches (tenant_id, id)
);

-- Payment lines. seq makes the EndToEndId; a line is never edited except for its state (and the batch
-- it joins once): corrections are new lines that point at what they correct (issue 6).
CREATE TABLE payments (
    tenant_id        text        NOT NULL,
    seq              bigint      NOT NULL CHECK (seq BETWEEN 1 AND 2821109907455),
    dossier_id       text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    periode          date        NOT NULL CHECK (extract(day FROM periode) = 1),
    soort            text        NOT NULL CHECK (soort IN ('UITKERING', 'DERDENBETALING', 'BESLAG',
                         'VAKANTIEGELD', 'NABETALING')),
    amount_cents     bigint      NOT NULL CHECK (amount_cents BETWEEN 1 AND 99999999999),
    creditor_iban    text        NOT NULL CHECK (creditor_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$'),
    creditor_name    text        NOT NULL CHECK (length(creditor_name) BETWEEN 1 AND 140),
    remittance       text        NOT NULL CHECK (length(remittance) BETWEEN 1 AND 280),
    end_to_end_id    text        NOT NULL CHECK (length(end_to_end_id) BETWEEN 1 AND 35),
    corrects_seq     bigint,                              -- a correction points at the line it corrects
    batch_id         bigint,
    file_index       integer,                             -- which file of the batch carries it
    state            text        NOT NULL CHECK (state IN ('PLANNED', 'IN_BATCH', 'SENT', 'ACCEPTED',
                         'REJECTED', 'RETURNED', 'RELEASED')),
    reason_code      text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, seq),
    UNIQUE (tenant_id, end_to_end_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES batches (tenant_id, id),
    FOREIGN KEY (tenant_id, corrects_seq) REFERENCES payments (tenant_id, seq),
    CHECK ((state = 'PLANNED') = (batch_id IS NULL))
);
CREATE INDEX payments_batch ON payments (tenant_id, batch_id, seq);
CREATE INDEX payments_dossier ON payments (tenant_id, dossier_id, periode);

-- One approval per officer per batch: an officer approving twice counts once. It records what the officer
-- was shown: the hash of the bytes (of the one file, or of the list of file hashes), count and total.
CREATE TABLE approvals (
    tenant_id        text        NOT NULL,
    batch_id         bigint      NOT NULL,
    token_id         text        NOT NULL,
    naam             text        NOT NULL,
    approved_at      timestamptz NOT NULL DEFAULT now(),
    content_sha256   bytea       NOT NULL CHECK (length(content_sha256) = 32),
    nb_of_txs        integer     NOT NULL,
    ctrl_sum_cents   bigint      NOT NULL,
    PRIMARY KEY (tenant_id, batch_id, token_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES batches (tenant_id, id)
);

-- The audit trail: append-only, hash-chained per tenant ('PLATFORM' for ops and admin events). seq,
-- prev_hash, hash and at are set by the trigger below, whatever the inserter sends.
CREATE TABLE audit_log (
    tenant_id        text        NOT NULL,
    seq              bigint      NOT NULL CHECK (seq >= 1),
    at               timestamptz NOT NULL,
    actor            text        NOT NULL,                -- token id, or 'engine'
    actor_naam       text        NOT NULL,
    action           text        NOT NULL,
    subject          text        NOT NULL,
    details          text        NOT NULL,
    prev_hash        bytea       NOT NULL CHECK (length(prev_hash) = 32),
    hash             bytea       NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (tenant_id, seq)
);

-- Legal batch state changes; anything else raises. Only state and the rejection facts may change.
CREATE FUNCTION batches_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tenant_id <> OLD.tenant_id OR NEW.id <> OLD.id OR NEW.started_by <> OLD.started_by
            OR NEW.nb_of_txs <> OLD.nb_of_txs OR NEW.ctrl_sum_cents <> OLD.ctrl_sum_cents
            OR NEW.execution_date <> OLD.execution_date OR NEW.approvals_needed <> OLD.approvals_needed THEN
        RAISE EXCEPTION 'batch % may only change its state', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state = OLD.state THEN
        RETURN NEW;
    END IF;
    IF NOT ((OLD.state, NEW.state) IN (
            ('CREATED', 'AWAITING_APPROVAL'), ('CREATED', 'REJECTED'), ('CREATED', 'CANCELLED'),
            ('AWAITING_APPROVAL', 'APPROVED'), ('AWAITING_APPROVAL', 'REJECTED'),
            ('AWAITING_APPROVAL', 'CANCELLED'), ('APPROVED', 'EXPORTED'), ('APPROVED', 'CANCELLED'),
            ('APPROVED', 'REJECTED'), ('EXPORTED', 'ACCEPTED'), ('EXPORTED', 'PARTLY_REJECTED'),
            ('EXPORTED', 'REJECTED'), ('EXPORTED', 'RETURNED'), ('ACCEPTED', 'PARTLY_REJECTED'),
            ('ACCEPTED', 'RETURNED'), ('PARTLY_REJECTED', 'RETURNED'))) THEN
        RAISE EXCEPTION 'batch % cannot go from % to %', OLD.id, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state = 'APPROVED' AND (SELECT count(*) FROM approvals a
            WHERE a.tenant_id = NEW.tenant_id AND a.batch_id = NEW.id) < NEW.approvals_needed THEN
        RAISE EXCEPTION 'batch % has fewer than % approvals', NEW.id, NEW.approvals_needed
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER batches_guard BEFORE UPDATE ON batches FOR EACH ROW EXECUTE FUNCTION batches_guard();

CREATE FUNCTION batches_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state <> 'CREATED' THEN
        RAISE EXCEPTION 'a batch starts as CREATED' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER batches_insert_guard BEFORE INSERT ON batches FOR EACH ROW EXECUTE FUNCTION batches_insert_guard();

-- Four-eyes in the database: not by the starter of the run, only while the batch awaits approval.
CREATE FUNCTION approvals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    b batches%ROWTYPE;
BEGIN
    SELECT * INTO b FROM batches WHERE tenant_id = NEW.tenant_id AND id = NEW.batch_id FOR UPDATE;
    IF b.state IS DISTINCT FROM 'AWAITING_APPROVAL' THEN
        RAISE EXCEPTION 'batch % is not awaiting approval', NEW.batch_id USING ERRCODE = 'check_violation';
    END IF;
    IF b.started_by = NEW.token_id THEN
        RAISE EXCEPTION 'who started the run cannot approve batch %', NEW.batch_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER approvals_guard BEFORE INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION approvals_guard();

-- Legal payment state changes; amount, creditor and identity never change.
CREATE FUNCTION payments_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.tenant_id, NEW.seq, NEW.dossier_id, NEW.periode, NEW.soort, NEW.amount_cents, NEW.creditor_iban,
            NEW.creditor_name, NEW.remittance, NEW.end_to_end_id) IS DISTINCT FROM
            (OLD.tenant_id, OLD.seq, OLD.dossier_id, OLD.periode, OLD.soort, OLD.amount_cents, OLD.creditor_iban,
            OLD.creditor_name, OLD.remittance, OLD.end_to_end_id)
            OR (OLD.batch_id IS NOT NULL AND (NEW.batch_id, NEW.file_index) IS DISTINCT FROM (OLD.batch_id, OLD.file_index)) THEN
        RAISE EXCEPTION 'payment % may only change its state', OLD.seq USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state <> OLD.state AND NOT ((OLD.state, NEW.state) IN (
            ('PLANNED', 'IN_BATCH'), ('IN_BATCH', 'SENT'), ('IN_BATCH', 'RELEASED'),
            ('SENT', 'ACCEPTED'), ('SENT', 'REJECTED'), ('SENT', 'RETURNED'),
            ('ACCEPTED', 'REJECTED'), ('ACCEPTED', 'RETURNED'))) THEN
        RAISE EXCEPTION 'payment % cannot go from % to %', OLD.seq, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER payments_guard BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION payments_guard();

-- Appends to the tenant's chain: hash = sha256(prev_hash || the row's canonical text). AuditChain in Java
-- computes the same text to verify. Inserts of one tenant take turns through a transaction lock.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('gbi_audit:' || NEW.tenant_id));
    SELECT * INTO last FROM audit_log WHERE tenant_id = NEW.tenant_id ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := coalesce(last.hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    NEW.at := date_trunc('milliseconds', clock_timestamp());
    NEW.hash := sha256(NEW.prev_hash || convert_to(concat_ws(E'\n', NEW.tenant_id, NEW.seq::text,
        to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NEW.actor, NEW.actor_naam,
        NEW.action, NEW.subject, NEW.details), 'UTF8'));
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

ALTER TABLE batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE batches FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON batches
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

ALTER TABLE batch_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE batch_files FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON batch_files
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE payments FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payments
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

ALTER TABLE approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE approvals FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approvals
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

-- A transaction without a tenant (tokens of ops and admin) writes and reads the PLATFORM chain.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_log
    USING (tenant_id = coalesce(nullif(current_setting('gbi.tenant', true), ''), 'PLATFORM'))
    WITH CHECK (tenant_id = coalesce(nullif(current_setting('gbi.tenant', true), ''), 'PLATFORM'));

GRANT USAGE ON SEQUENCE payment_seq, batch_file_seq, batch_id_seq TO gbi_app;
GRANT SELECT, INSERT ON batches TO gbi_app;
GRANT UPDATE (state, decided_by, reason) ON batches TO gbi_app;
GRANT SELECT, INSERT ON batch_files TO gbi_app;
GRANT SELECT, INSERT ON payments TO gbi_app;
GRANT UPDATE (state, batch_id, file_index, reason_code) ON payments TO gbi_app;
GRANT SELECT, INSERT ON approvals TO gbi_app;
GRANT SELECT, INSERT ON audit_log TO gbi_app;
