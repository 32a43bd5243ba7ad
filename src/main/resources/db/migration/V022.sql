-- Issue 15 point 1: every audit entry a person makes records the person (the persoon of the token or client), not
-- only the token id in actor. The chain's text gains the persoon as its last line when there is one; concat_ws skips
-- NULL, so every entry written before this migration (and every entry the engine makes itself) hashes as before and
-- the whole chain still verifies (AuditChain computes the same text).
ALTER TABLE audit_log ADD COLUMN persoon text;

CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('gbi_audit:' || NEW.tenant_id));
    SELECT * INTO last FROM audit_log WHERE tenant_id = NEW.tenant_id ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := coalesce(last.hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    NEW.at := date_trunc('milliseconds', clock_timestamp());
    NEW.hash := sha256(NEW.prev_hash || convert_to(concat_ws(E'\n', NEW.tenant_id, NEW.seq::text,
        to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NEW.actor, NEW.actor_naam,
        NEW.action, NEW.subject, NEW.details, NEW.persoon), 'UTF8'));
    RETURN NEW;
END
$$;
