-- Issue 11 point 3: a voorschot is asked for with an Idempotency-Key and paid as line_no = its ordinal among its
-- (dossier, periode)'s voorschotten (docs/voorschot.md). Both are unique per tenant, so a repeated or concurrent
-- request can never make a second voorschot nor a second payment line.
ALTER TABLE voorschotten ADD COLUMN idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
                         ADD COLUMN line_no integer CHECK (line_no >= 0);
CREATE UNIQUE INDEX voorschotten_idempotency_key ON voorschotten (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE UNIQUE INDEX voorschotten_line_no ON voorschotten (tenant_id, dossier_id, periode, line_no)
    WHERE line_no IS NOT NULL;
