-- Issue 11: the dossier ledger (docs/ledger.md). The shared schema of the ledger, the voorschotten and the
-- dossierrekening; the run's use of it follows in later migrations.

-- A voorschot is paid as a payment of its own kind, for the month it is an advance on.
ALTER TABLE payments DROP CONSTRAINT payments_soort_check;
ALTER TABLE payments ADD CONSTRAINT payments_soort_check CHECK (soort IN ('UITKERING', 'DERDENBETALING', 'BESLAG',
    'VAKANTIEGELD', 'NABETALING', 'VOORSCHOT'));

-- The version of each month the ledger settled (NULL: never). A month is unsettled while this differs from versie;
-- the partial index finds exactly those, however long the history.
ALTER TABLE latest_berekeningen ADD COLUMN settled_versie integer CHECK (settled_versie >= 1);
CREATE INDEX latest_berekeningen_unsettled ON latest_berekeningen (tenant_id, dossier_id, periode)
    WHERE settled_versie IS DISTINCT FROM versie;
GRANT UPDATE (settled_versie) ON latest_berekeningen TO gbi_app;

-- What a settled version gives, as columns the run writes from the calculation's Resultaat: the ledger never
-- reads money out of the stored result's JSON.
ALTER TABLE resultaten ADD COLUMN due_cents bigint CHECK (due_cents >= 0),
                       ADD COLUMN reservering_cents bigint CHECK (reservering_cents >= 0),
                       ADD COLUMN verrekening_cents bigint CHECK (verrekening_cents >= 0);

-- Tenant-owned: what the ledger booked for a dossier's month other than payments (payments are rows of payments).
--   RESERVERING  vakantiegeld reserved for the month; negative when a correction takes part back
--   VERREKENING  withheld from the month's uitkering for a debt the case system named (inhouding AFLOSSING)
--   AFLOSSING    withheld from the month's uitkering for the dossier's open vorderingen (reduces them)
--   VORDERING    paid for the month beyond its due: owed back (a correction down, a denied voorschot)
-- Released bookings (their run's batch was rejected before it was sent) do not count.
CREATE TABLE ledger_bookings (
    tenant_id      text        NOT NULL,
    dossier_id     text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    periode        date        NOT NULL CHECK (extract(day FROM periode) = 1),
    booking_no     bigint      GENERATED ALWAYS AS IDENTITY,
    kind           text        NOT NULL CHECK (kind IN ('RESERVERING', 'VERREKENING', 'AFLOSSING', 'VORDERING')),
    cents          bigint      NOT NULL CHECK (cents <> 0 AND (kind = 'RESERVERING' OR cents > 0)),
    versie         integer,                              -- the version of the month it settles; NULL: no berekening
    run_id         text,                                 -- the run that booked it; NULL: booked outside a run
    voorschot_id   text,                                 -- the denied voorschot a VORDERING recovers
    released       boolean     NOT NULL DEFAULT false,
    booked_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, dossier_id, periode, booking_no)
);
CREATE INDEX ledger_bookings_run ON ledger_bookings (tenant_id, run_id);
CREATE UNIQUE INDEX ledger_bookings_voorschot_once ON ledger_bookings (tenant_id, voorschot_id)
    WHERE voorschot_id IS NOT NULL AND NOT released;

-- Tenant-owned: a voorschot (Pw art. 52): an advance on a month not yet decided. Its payment is a payments row of
-- kind VOORSCHOT for (dossier, periode); when the month's berekening arrives the ledger counts that payment against
-- the month; when the right is denied (state AFGEWEZEN) the ledger books what was paid as a VORDERING.
CREATE TABLE voorschotten (
    tenant_id       text        NOT NULL,
    id              text        NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
    dossier_id      text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    periode         date        NOT NULL CHECK (extract(day FROM periode) = 1),
    reden           text        NOT NULL CHECK (length(reden) BETWEEN 1 AND 200),
    bedrag_cents    bigint      NOT NULL CHECK (bedrag_cents >= 1),
    iban            text        NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$'),
    tenaamstelling  text        NOT NULL CHECK (length(tenaamstelling) BETWEEN 1 AND 140),
    state           text        NOT NULL CHECK (state IN ('TOEGEKEND', 'AFGEWEZEN')),
    instant         boolean     NOT NULL DEFAULT false,
    batch_id        bigint,
    requested_by    text        NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    afgewezen_by    text,
    afgewezen_at    timestamptz,
    afwijzing_reden text CHECK (length(afwijzing_reden) BETWEEN 1 AND 500),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dossier_id, periode, reden),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES batches (tenant_id, id),
    CHECK ((state = 'AFGEWEZEN') = (afgewezen_at IS NOT NULL))
);
CREATE INDEX voorschotten_dossier ON voorschotten (tenant_id, dossier_id, periode);
CREATE INDEX voorschotten_afgewezen ON voorschotten (tenant_id, dossier_id) WHERE state = 'AFGEWEZEN';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ledger_bookings', 'voorschotten'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
            || ' USING (tenant_id = current_setting(''gbi.tenant'', true))'
            || ' WITH CHECK (tenant_id = current_setting(''gbi.tenant'', true))', t);
    END LOOP;
END
$$;
GRANT SELECT, INSERT ON ledger_bookings, voorschotten TO gbi_app;
GRANT UPDATE (released) ON ledger_bookings TO gbi_app;
GRANT UPDATE (state, batch_id, afgewezen_by, afgewezen_at, afwijzing_reden) ON voorschotten TO gbi_app;
