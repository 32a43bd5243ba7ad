-- Issue 14 points 1 and 2: the werkvoorraad and its actions.
--
-- Since when a payment is in its state: the bank's answer moves it to RETURNED or REJECTED, and the werkvoorraad
-- shows since when. Set by a trigger, so no store can forget it; NULL for states reached before this migration.
ALTER TABLE payments ADD COLUMN state_changed_at timestamptz;
CREATE FUNCTION payments_state_changed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state IS DISTINCT FROM OLD.state THEN
        NEW.state_changed_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payments_state_changed_at BEFORE UPDATE OF state ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_state_changed_at();

-- A stopped dossier (MD07) is lifted by a person with the evidence, never deleted: the stop and its lifting stay.
-- One active stop per dossier; a dossier stopped again after a lifting gets a new row.
ALTER TABLE stopped_dossiers ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE stopped_dossiers ADD COLUMN lifted_at timestamptz;
ALTER TABLE stopped_dossiers ADD COLUMN lifted_by text;
ALTER TABLE stopped_dossiers ADD COLUMN lifted_naam text;
ALTER TABLE stopped_dossiers ADD COLUMN lift_bewijs text CHECK (length(lift_bewijs) BETWEEN 1 AND 500);
ALTER TABLE stopped_dossiers ADD CHECK ((lifted_at IS NULL) = (lifted_by IS NULL));
ALTER TABLE stopped_dossiers ADD CHECK ((lifted_at IS NULL) = (lift_bewijs IS NULL));
ALTER TABLE stopped_dossiers DROP CONSTRAINT stopped_dossiers_pkey;
ALTER TABLE stopped_dossiers ADD PRIMARY KEY (tenant_id, id);
CREATE UNIQUE INDEX stopped_dossiers_active ON stopped_dossiers (tenant_id, dossier_id) WHERE lifted_at IS NULL;
CREATE FUNCTION stopped_dossiers_lifted_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.lifted_at IS NOT NULL THEN
        RAISE EXCEPTION 'stop % was lifted and is never changed', OLD.id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stopped_dossiers_lifted_once BEFORE UPDATE ON stopped_dossiers
    FOR EACH ROW EXECUTE FUNCTION stopped_dossiers_lifted_once();
GRANT UPDATE (lifted_at, lifted_by, lifted_naam, lift_bewijs) ON stopped_dossiers TO gbi_app;

-- A person's decision on a payment the bank returned or rejected: settled outside the engine (BUITEN_ENGINE: a
-- third party paid by hand, a duplicate checked) or, after a compliance review of RR01-RR04, released
-- (VRIJGEGEVEN: the next run pays it again). At most one per payment, never changed.
CREATE TABLE payment_afhandelingen (
    tenant_id      text        NOT NULL,
    payment_seq    bigint      NOT NULL,
    soort          text        NOT NULL CHECK (soort IN ('BUITEN_ENGINE', 'VRIJGEGEVEN')),
    reden          text        NOT NULL CHECK (length(reden) BETWEEN 1 AND 500),
    door           text        NOT NULL,
    door_naam      text        NOT NULL,
    op             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, payment_seq),
    FOREIGN KEY (tenant_id, payment_seq) REFERENCES payments (tenant_id, seq)
);
ALTER TABLE payment_afhandelingen ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_afhandelingen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_afhandelingen
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));
GRANT SELECT, INSERT ON payment_afhandelingen TO gbi_app;
