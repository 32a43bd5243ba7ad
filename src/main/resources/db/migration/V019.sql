-- Issue 14 point 2: writing off a vordering (kwijtschelding, afzien van terugvordering: Pw art. 58 lid 7 and 8).
-- A proposal at or above the tenant's second-approval threshold waits for a second finance officer; below it, it takes
-- effect at once. Taking effect books a KWIJTSCHELDING in the dossier's ledger, which lowers its open vorderingen; it
-- is not part of any month's account (the month was overpaid; what is written off is the debt, not the month).
CREATE TABLE kwijtscheldingen (
    tenant_id        text        NOT NULL,
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    dossier_id       text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    bedrag_cents     bigint      NOT NULL CHECK (bedrag_cents > 0),
    grond            text        NOT NULL CHECK (grond IN ('PW_58_7A', 'PW_58_7B', 'PW_58_8')),
    reden            text        NOT NULL CHECK (length(reden) BETWEEN 1 AND 500),
    status           text        NOT NULL CHECK (status IN ('VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN')),
    voorgesteld_door text        NOT NULL,
    voorgesteld_naam text        NOT NULL,
    voorgesteld_op   timestamptz NOT NULL DEFAULT now(),
    besloten_door    text,
    besloten_naam    text,
    besloten_op      timestamptz,
    afwijzing_reden  text        CHECK (length(afwijzing_reden) BETWEEN 1 AND 500),
    vier_ogen        boolean     NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'VOORGESTELD') = (besloten_op IS NULL)),
    CHECK ((status = 'AFGEWEZEN') = (afwijzing_reden IS NOT NULL)),
    -- four eyes: who approves is another than the proposer (the proposer may withdraw it by rejecting it)
    CHECK (NOT vier_ogen OR status <> 'GOEDGEKEURD' OR besloten_door <> voorgesteld_door)
);
CREATE INDEX kwijtscheldingen_open ON kwijtscheldingen (tenant_id, dossier_id) WHERE status = 'VOORGESTELD';
CREATE FUNCTION kwijtscheldingen_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'VOORGESTELD' THEN
        RAISE EXCEPTION 'kwijtschelding % was decided and is never changed', OLD.id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER kwijtscheldingen_decided_once BEFORE UPDATE ON kwijtscheldingen
    FOR EACH ROW EXECUTE FUNCTION kwijtscheldingen_decided_once();
ALTER TABLE kwijtscheldingen ENABLE ROW LEVEL SECURITY;
ALTER TABLE kwijtscheldingen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON kwijtscheldingen
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));
GRANT SELECT, INSERT ON kwijtscheldingen TO gbi_app;
GRANT UPDATE (status, besloten_door, besloten_naam, besloten_op, afwijzing_reden) ON kwijtscheldingen TO gbi_app;

ALTER TABLE ledger_bookings DROP CONSTRAINT ledger_bookings_kind_check;
ALTER TABLE ledger_bookings ADD CONSTRAINT ledger_bookings_kind_check
    CHECK (kind IN ('RESERVERING', 'VERREKENING', 'AFLOSSING', 'VORDERING', 'KWIJTSCHELDING'));
ALTER TABLE ledger_bookings ADD COLUMN kwijtschelding_id bigint;
ALTER TABLE ledger_bookings ADD CHECK ((kind = 'KWIJTSCHELDING') = (kwijtschelding_id IS NOT NULL));
CREATE UNIQUE INDEX ledger_bookings_kwijtschelding_once ON ledger_bookings (tenant_id, kwijtschelding_id)
    WHERE kwijtschelding_id IS NOT NULL;

-- The werkvoorraad finds the dossiers with a vordering through this index, not by reading every booking of the tenant.
CREATE INDEX ledger_bookings_vorderingen ON ledger_bookings (tenant_id, dossier_id) WHERE kind = 'VORDERING' AND NOT released;
