-- Issue 13 point 6: a municipality's policy figures (not law) follow the same four-eyes path as the law's figures.
-- Seeded per tenant from tenants/*.json on first start (bron SEED); after that a proposal approved by a second person
-- replaces them. The approved row with the largest approval_seq of a tenant is in effect.
CREATE TABLE tenant_policies (
    id                              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id                       text        NOT NULL,
    bron                            text        NOT NULL CHECK (bron IN ('SEED', 'VOORSTEL')),
    status                          text        NOT NULL CHECK (status IN ('VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN')),
    allowed_verlaging_percentages   integer[]   NOT NULL CHECK (cardinality(allowed_verlaging_percentages) BETWEEN 1 AND 10),
    verlaging_base                  text        NOT NULL CHECK (verlaging_base IN ('NORM_INCL_VAKANTIEGELD', 'NORM_EXCL_VAKANTIEGELD')),
    voorschot_max_percentage        integer     NOT NULL CHECK (voorschot_max_percentage BETWEEN 1 AND 100),
    second_approval_threshold_cents bigint      NOT NULL CHECK (second_approval_threshold_cents > 0),
    redenen                         jsonb       NOT NULL DEFAULT '{}',
    proposed_by                     text        NOT NULL,
    proposed_by_naam                text        NOT NULL,
    proposed_at                     timestamptz NOT NULL DEFAULT now(),
    decided_by                      text,
    decided_by_naam                 text,
    decided_at                      timestamptz,
    afwijzing_reden                 text,
    approval_seq                    bigint      UNIQUE,
    CHECK ((status = 'VOORGESTELD') = (decided_by IS NULL)),
    CHECK ((status = 'GOEDGEKEURD') = (approval_seq IS NOT NULL)),
    CHECK (status <> 'AFGEWEZEN' OR afwijzing_reden IS NOT NULL),
    CHECK (bron = 'SEED' OR decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX tenant_policies_tenant ON tenant_policies (tenant_id, id);
CREATE SEQUENCE tenant_policy_approval_seq;

CREATE FUNCTION tenant_policies_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'VOORGESTELD' THEN
        RAISE EXCEPTION 'tenant policy % is % and is never edited; a change is a new proposal', OLD.id, OLD.status
            USING ERRCODE = '23514';
    END IF;
    IF NEW.allowed_verlaging_percentages <> OLD.allowed_verlaging_percentages OR NEW.verlaging_base <> OLD.verlaging_base
       OR NEW.voorschot_max_percentage <> OLD.voorschot_max_percentage
       OR NEW.second_approval_threshold_cents <> OLD.second_approval_threshold_cents OR NEW.tenant_id <> OLD.tenant_id
       OR NEW.proposed_by <> OLD.proposed_by THEN
        RAISE EXCEPTION 'a tenant policy''s proposal is never edited' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tenant_policies_decided_once BEFORE UPDATE ON tenant_policies
    FOR EACH ROW EXECUTE FUNCTION tenant_policies_decided_once();

ALTER TABLE tenant_policies ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_policies FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_policies
    USING (tenant_id = current_setting('gbi.tenant', true))
    WITH CHECK (tenant_id = current_setting('gbi.tenant', true));

GRANT SELECT, INSERT ON tenant_policies TO gbi_app;
GRANT UPDATE (status, decided_by, decided_by_naam, decided_at, afwijzing_reden, approval_seq) ON tenant_policies TO gbi_app;
-- the engine reads last_value to know when to load the policies again (no tenant data in it)
GRANT USAGE, SELECT ON SEQUENCE tenant_policy_approval_seq TO gbi_app;
