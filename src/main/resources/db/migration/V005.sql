-- Herberekening (participatiewet.md §7): a period paid before whose berekening changed is recalculated; its
-- paid lines are never changed. The difference becomes a linked correction: a NABETALING in this run, or a
-- vordering that later runs recover by AFLOSSING within the beslagvrije voet.

-- A result belongs to the run that settled it. A batch rejected before export releases what its run settled
-- (results, corrections, aflossingen) together with its payments, so a later run settles those again.
ALTER TABLE resultaten ADD COLUMN released boolean NOT NULL DEFAULT false;
CREATE INDEX resultaten_run ON resultaten (tenant_id, run_id);
GRANT UPDATE (run_id, resultaat, released) ON resultaten TO gbi_app;

-- Berekeningen sent again for a period: the only ones a herberekening can concern, found without reading
-- every version of every period.
CREATE INDEX latest_berekeningen_resubmitted ON latest_berekeningen (tenant_id, dossier_id, periode) WHERE versie > 1;

-- Tenant-owned: one correction per recalculated version of a paid period. difference_cents is the new
-- uitkering incl. vakantiegeld minus what the period was settled with (paid, reserved, verrekend, minus
-- earlier vorderingen): positive is a NABETALING to the client (line_no = versie), negative a vordering.
CREATE TABLE herberekeningen (
    tenant_id         text        NOT NULL,
    dossier_id        text        NOT NULL,
    periode           date        NOT NULL CHECK (extract(day FROM periode) = 1),
    versie            integer     NOT NULL,
    previous_versie   integer     NOT NULL CHECK (previous_versie < versie),
    run_id            text        NOT NULL,
    run_periode       date        NOT NULL CHECK (run_periode >= periode),
    settled_cents     bigint      NOT NULL,
    due_cents         bigint      NOT NULL CHECK (due_cents >= 0),
    difference_cents  bigint      NOT NULL CHECK (difference_cents = due_cents - settled_cents),
    creditor_iban     text        NOT NULL,
    creditor_name     text        NOT NULL,
    released          boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, dossier_id, periode, versie) REFERENCES berekeningen (tenant_id, dossier_id, periode, versie)
);
-- One live correction per version of a period, whichever run, retry or instance makes it.
CREATE UNIQUE INDEX herberekeningen_live ON herberekeningen (tenant_id, dossier_id, periode, versie) WHERE NOT released;
CREATE INDEX herberekeningen_run ON herberekeningen (tenant_id, run_id);
CREATE INDEX herberekeningen_run_periode ON herberekeningen (tenant_id, run_periode, dossier_id) WHERE NOT released;

-- Tenant-owned: what a run withheld from a period's uitkering for the dossier's open vorderingen, once per
-- dossier and period.
CREATE TABLE aflossingen (
    tenant_id         text        NOT NULL,
    dossier_id        text        NOT NULL,
    periode           date        NOT NULL CHECK (extract(day FROM periode) = 1),
    amount_cents      bigint      NOT NULL CHECK (amount_cents >= 1),
    run_id            text        NOT NULL,
    released          boolean     NOT NULL DEFAULT false,
    booked_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX aflossingen_live ON aflossingen (tenant_id, dossier_id, periode) WHERE NOT released;
CREATE INDEX aflossingen_run ON aflossingen (tenant_id, run_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['herberekeningen', 'aflossingen'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
            || ' USING (tenant_id = current_setting(''gbi.tenant'', true))'
            || ' WITH CHECK (tenant_id = current_setting(''gbi.tenant'', true))', t);
    END LOOP;
END
$$;
GRANT SELECT, INSERT ON herberekeningen, aflossingen TO gbi_app;
GRANT UPDATE (released) ON herberekeningen, aflossingen TO gbi_app;

-- A rejection before export releases the batch's payments (PgBatchStore); in the same transaction this
-- releases what the batch's run settled for the tenant.
CREATE FUNCTION release_run_settlements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE resultaten SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id;
    UPDATE herberekeningen SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id;
    UPDATE aflossingen SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER batches_release_run_settlements AFTER UPDATE OF state ON batches FOR EACH ROW
    WHEN (NEW.state = 'REJECTED' AND OLD.state IN ('CREATED', 'AWAITING_APPROVAL', 'APPROVED') AND NEW.run_id IS NOT NULL)
    EXECUTE FUNCTION release_run_settlements();

-- A run's lines now include NABETALINGEN of earlier periods, numbered by version: two periods of a dossier can
-- both be corrected to version 2 in one run, so the period is part of a line's key and of a skip's.
ALTER TABLE betaalrun_lines DROP CONSTRAINT betaalrun_lines_pkey;
ALTER TABLE betaalrun_lines ADD PRIMARY KEY (tenant_id, run_id, dossier_id, periode, soort, line_no);
ALTER TABLE betaalrun_skips ADD COLUMN periode date;
DROP INDEX betaalrun_skips_line;
CREATE UNIQUE INDEX betaalrun_skips_line ON betaalrun_skips (tenant_id, run_id, dossier_id, periode, soort, line_no)
    WHERE returned_seq IS NULL;

-- A herberekening that must wait (a payment of the period is still in a batch that can be rejected) is
-- reported like a skipped line: soort HERBEREKENING, its version as line_no, the difference as amount.
ALTER TABLE betaalrun_skips DROP CONSTRAINT betaalrun_skips_reason_check;
ALTER TABLE betaalrun_skips ADD CONSTRAINT betaalrun_skips_reason_check CHECK (reason IN ('BLOCKED_IBAN',
    'STOPPED_DOSSIER', 'ALREADY_PAID', 'CHANGED_SINCE_PAID', 'RETURNED_NOT_REPAID', 'HERBEREKENING_WAITS'));
