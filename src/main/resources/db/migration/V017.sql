-- Issue 14 point 3: a hold (opschorting) of a dossier's payments with its legal basis (Pw art. 40 lid 2, art. 53a
-- lid 4, art. 54) and a clock. While a hold is active the betaalrun neither calculates nor settles the dossier's
-- months, so they stay unsettled; once lifted, the next run settles them through the ledger. One active hold per
-- dossier; a hold is never deleted, and only its lifting is ever written after it was placed.
CREATE TABLE opschortingen (
    tenant_id        text        NOT NULL,
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    dossier_id       text        NOT NULL CHECK (dossier_id ~ '^[A-Za-z0-9-]{1,20}$'),
    grondslag        text        NOT NULL CHECK (grondslag IN ('PW_40', 'PW_53A', 'PW_54')),
    reden            text        NOT NULL CHECK (length(reden) BETWEEN 1 AND 500),
    ingangsdatum     date        NOT NULL,
    geplaatst_op     timestamptz NOT NULL DEFAULT now(),
    geplaatst_door   text        NOT NULL,
    geplaatst_naam   text        NOT NULL,
    opgeheven_op     timestamptz,
    opgeheven_door   text,
    opgeheven_naam   text,
    opheffing_reden  text        CHECK (length(opheffing_reden) BETWEEN 1 AND 500),
    PRIMARY KEY (tenant_id, id),
    CHECK ((opgeheven_op IS NULL) = (opgeheven_door IS NULL)),
    CHECK ((opgeheven_op IS NULL) = (opheffing_reden IS NULL))
);
CREATE UNIQUE INDEX opschortingen_active ON opschortingen (tenant_id, dossier_id) WHERE opgeheven_op IS NULL;

CREATE FUNCTION opschortingen_lifted_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.opgeheven_op IS NOT NULL THEN
        RAISE EXCEPTION 'hold % was lifted and is never changed', OLD.id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER opschortingen_lifted_once BEFORE UPDATE ON opschortingen
    FOR EACH ROW EXECUTE FUNCTION opschortingen_lifted_once();

ALTER TABLE opschortingen ENABLE ROW LEVEL SECURITY;
ALTER TABLE opschortingen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opschortingen
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));
GRANT SELECT, INSERT ON opschortingen TO gbi_app;
GRANT UPDATE (opgeheven_op, opgeheven_door, opgeheven_naam, opheffing_reden) ON opschortingen TO gbi_app;
