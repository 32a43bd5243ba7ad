-- Issue 11: the run settles every month through the ledger (docs/ledger.md). What earlier runs booked in their own
-- tables moves into ledger_bookings, so the reserve and the vorderingen have one home; the tables go.

-- Rows are tenant-owned with FORCEd row-level security, also for the owner: each tenant that ever ran is set in turn.
-- Only columns are carried over; nothing is read out of stored result JSON.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT DISTINCT tenant_id FROM betaalrun_tenants LOOP
        PERFORM set_config('gbi.tenant', t, true);
        INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, run_id, booked_at)
        SELECT tenant_id, dossier_id, periode, 'RESERVERING', reservation_cents, run_id, booked_at
        FROM vakantiegeld_ledger WHERE reservation_cents > 0;
        INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, run_id, released, booked_at)
        SELECT tenant_id, dossier_id, periode, 'AFLOSSING', amount_cents, run_id, released, booked_at FROM aflossingen;
        INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, versie, run_id, released, booked_at)
        SELECT tenant_id, dossier_id, periode, 'VORDERING', -difference_cents, versie, run_id, released, created_at
        FROM herberekeningen WHERE difference_cents < 0;
        UPDATE latest_berekeningen l SET settled_versie = s.versie
        FROM (SELECT tenant_id, dossier_id, periode, max(versie) AS versie FROM resultaten WHERE NOT released
              GROUP BY tenant_id, dossier_id, periode) s
        WHERE l.tenant_id = s.tenant_id AND l.dossier_id = s.dossier_id AND l.periode = s.periode;
    END LOOP;
    PERFORM set_config('gbi.tenant', '', true);
END
$$;
DROP TABLE vakantiegeld_ledger;
DROP TABLE aflossingen;

-- A rejected batch of a run never reached the bank: what the run settled for the batch's dossiers is released, and
-- their months are unsettled again, so the next run settles them anew (a run may make several batches, so only the
-- dossiers paid in this one).
CREATE OR REPLACE FUNCTION release_run_settlements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE latest_berekeningen l SET settled_versie = NULL
    FROM resultaten r
    WHERE r.tenant_id = NEW.tenant_id AND r.run_id = NEW.run_id AND NOT r.released
      AND r.dossier_id IN (SELECT p.dossier_id FROM payments p WHERE p.tenant_id = NEW.tenant_id AND p.batch_id = NEW.id)
      AND l.tenant_id = r.tenant_id AND l.dossier_id = r.dossier_id AND l.periode = r.periode;
    UPDATE resultaten SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id
      AND dossier_id IN (SELECT p.dossier_id FROM payments p WHERE p.tenant_id = NEW.tenant_id AND p.batch_id = NEW.id);
    UPDATE herberekeningen SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id
      AND dossier_id IN (SELECT p.dossier_id FROM payments p WHERE p.tenant_id = NEW.tenant_id AND p.batch_id = NEW.id);
    UPDATE ledger_bookings SET released = true WHERE tenant_id = NEW.tenant_id AND run_id = NEW.run_id
      AND dossier_id IN (SELECT p.dossier_id FROM payments p WHERE p.tenant_id = NEW.tenant_id AND p.batch_id = NEW.id);
    RETURN NEW;
END
$$;

-- A result settled again after a rejection carries the cents of the new calculation.
GRANT UPDATE (due_cents, reservering_cents, verrekening_cents) ON resultaten TO gbi_app;

-- What a correction paid as NABETALING: since the vakantiegeld part of a difference goes to the reserve, no longer
-- the whole difference. A correction made before paid the whole positive difference (engine rule E15, replaced).
ALTER TABLE herberekeningen ADD COLUMN nabetaling_cents bigint NOT NULL DEFAULT 0 CHECK (nabetaling_cents >= 0);
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT DISTINCT tenant_id FROM betaalrun_tenants LOOP
        PERFORM set_config('gbi.tenant', t, true);
        UPDATE herberekeningen SET nabetaling_cents = difference_cents WHERE difference_cents > 0;
    END LOOP;
    PERFORM set_config('gbi.tenant', '', true);
END
$$;
