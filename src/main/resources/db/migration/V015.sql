-- Issue 13: the law's figures as governed data. A parameter set is proposed by one person and approved by another
-- (ops); only approved sets make the table the calculation reads (EffectiveParameters: a set owns the half-years
-- its money rows are in, a later approved set takes a half-year over). The shipped file is seeded as the first set
-- (bron SEED). Figures are rows (parameter_set_values), never read out of the document text; a set that is decided
-- is never edited again, and its figures never at all.
CREATE TABLE parameter_sets (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bron            text        NOT NULL CHECK (bron IN ('SEED', 'VOORSTEL')),
    status          text        NOT NULL CHECK (status IN ('VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN')),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    document        text        NOT NULL,
    redenen         jsonb       NOT NULL DEFAULT '{}',
    afwezig         jsonb       NOT NULL DEFAULT '{}',
    vervangt        bigint      REFERENCES parameter_sets (id),
    proposed_by     text        NOT NULL,
    proposed_by_naam text       NOT NULL,
    proposed_at     timestamptz NOT NULL DEFAULT now(),
    decided_by      text,
    decided_by_naam text,
    decided_at      timestamptz,
    afwijzing_reden text,
    -- the order in which approved sets take effect; the engine reloads its table when the largest changes
    approval_seq    bigint      UNIQUE,
    CHECK ((status = 'VOORGESTELD') = (decided_by IS NULL)),
    CHECK ((status = 'GOEDGEKEURD') = (approval_seq IS NOT NULL)),
    CHECK (status <> 'AFGEWEZEN' OR afwijzing_reden IS NOT NULL),
    -- four eyes: whoever proposed a set does not decide it
    CHECK (bron = 'SEED' OR decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE SEQUENCE parameter_approval_seq;

CREATE TABLE parameter_set_values (
    set_id          bigint      NOT NULL REFERENCES parameter_sets (id),
    parameter       text        NOT NULL,
    geldig_vanaf    date        NOT NULL CHECK (extract(day FROM geldig_vanaf) = 1),
    waarde          bigint      NOT NULL CHECK (waarde >= 0),
    publicatie      text        NOT NULL CHECK (publicatie <> ''),
    PRIMARY KEY (set_id, parameter, geldig_vanaf)
);

-- Decided is final: only a proposal's decision columns change, once.
CREATE FUNCTION parameter_sets_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'VOORGESTELD' THEN
        RAISE EXCEPTION 'parameter set % is % and is never edited; a correction is a new set', OLD.id, OLD.status
            USING ERRCODE = '23514';
    END IF;
    IF NEW.sha256 <> OLD.sha256 OR NEW.document <> OLD.document OR NEW.proposed_by <> OLD.proposed_by THEN
        RAISE EXCEPTION 'a parameter set''s proposal is never edited' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER parameter_sets_decided_once BEFORE UPDATE ON parameter_sets
    FOR EACH ROW EXECUTE FUNCTION parameter_sets_decided_once();

-- Which set a result was calculated with (null for results from before this migration).
ALTER TABLE resultaten ADD COLUMN parameter_set_id bigint REFERENCES parameter_sets (id);

GRANT SELECT, INSERT ON parameter_sets, parameter_set_values TO gbi_app;
GRANT UPDATE (status, decided_by, decided_by_naam, decided_at, afwijzing_reden, approval_seq) ON parameter_sets TO gbi_app;
GRANT USAGE ON SEQUENCE parameter_approval_seq TO gbi_app;
GRANT UPDATE (parameter_set_id) ON resultaten TO gbi_app;
