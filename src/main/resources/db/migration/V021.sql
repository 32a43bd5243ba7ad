-- Issue 15 point 1: four eyes between persons, not tokens. A token names the person who holds it (persoon: an
-- employee number or another identifier the municipality uses); a person may hold several tokens, and they count once.
-- A token made before this migration is a person of its own ('token:<id>'), as is one made without a persoon.
ALTER TABLE tokens ADD COLUMN persoon text;
UPDATE tokens SET persoon = 'token:' || id;
ALTER TABLE tokens ALTER COLUMN persoon SET NOT NULL;
ALTER TABLE tokens ADD CHECK (persoon ~ '^[A-Za-z0-9._@:-]{1,70}$');
CREATE FUNCTION tokens_own_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.persoon IS NULL THEN
        NEW.persoon := 'token:' || NEW.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tokens_own_person BEFORE INSERT ON tokens FOR EACH ROW EXECUTE FUNCTION tokens_own_person();
CREATE INDEX tokens_persoon ON tokens (persoon);

-- An approval records the person; one approval per person per batch, whatever token they used.
ALTER TABLE approvals ADD COLUMN persoon text;
UPDATE approvals a SET persoon = t.persoon FROM tokens t WHERE t.id = a.token_id;
UPDATE approvals SET persoon = 'token:' || token_id WHERE persoon IS NULL;
ALTER TABLE approvals ALTER COLUMN persoon SET NOT NULL;
CREATE UNIQUE INDEX approvals_one_per_person ON approvals (tenant_id, batch_id, persoon);

-- Who started the run may not approve its batch with any of their tokens.
CREATE OR REPLACE FUNCTION approvals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    b batches%ROWTYPE;
BEGIN
    SELECT * INTO b FROM batches WHERE tenant_id = NEW.tenant_id AND id = NEW.batch_id FOR UPDATE;
    IF b.state IS DISTINCT FROM 'AWAITING_APPROVAL' THEN
        RAISE EXCEPTION 'batch % is not awaiting approval', NEW.batch_id USING ERRCODE = 'check_violation';
    END IF;
    IF b.started_by = NEW.token_id
            OR (SELECT t.persoon FROM tokens t WHERE t.id = b.started_by) = NEW.persoon THEN
        RAISE EXCEPTION 'who started the run cannot approve batch %', NEW.batch_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
