-- Issue 15 point 3: a static token expires (default 90 days after it was made), can be revoked with effect at once,
-- and records when it was last used, for the access review. Tokens made before this migration expire 90 days from now,
-- so that no running client is locked out by the upgrade. Revocation is never undone.
ALTER TABLE tokens ADD COLUMN expires_at timestamptz;
UPDATE tokens SET expires_at = now() + interval '90 days';
ALTER TABLE tokens ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE tokens ALTER COLUMN expires_at SET DEFAULT now() + interval '90 days';
ALTER TABLE tokens ADD COLUMN revoked_at timestamptz;
ALTER TABLE tokens ADD COLUMN revoked_by text REFERENCES tokens (id);
ALTER TABLE tokens ADD COLUMN last_used_at timestamptz;
ALTER TABLE tokens ADD CHECK ((revoked_at IS NULL) = (revoked_by IS NULL));
ALTER TABLE tokens ADD CHECK (expires_at > created_at);
CREATE FUNCTION tokens_revoked_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
        RAISE EXCEPTION 'token % was revoked and stays revoked', OLD.id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tokens_revoked_once BEFORE UPDATE ON tokens FOR EACH ROW EXECUTE FUNCTION tokens_revoked_once();
GRANT UPDATE (revoked_at, revoked_by, last_used_at) ON tokens TO gbi_app;
