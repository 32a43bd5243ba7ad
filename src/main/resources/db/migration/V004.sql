-- Repaying a returned payment (sepa.md, "Returns"): after AC01/AC04/AG01 and a new IBAN from the municipality,
-- a later run pays the returned amount again as a correction (corrects_seq = the returned payment's seq).

-- At most one live correction per corrected payment, whichever run, retry or instance makes it. A correction
-- RELEASED by a rejected batch never reached the bank and leaves the index, so a later run offers it again.
CREATE UNIQUE INDEX payments_one_live_correction ON payments (tenant_id, corrects_seq)
    WHERE corrects_seq IS NOT NULL AND state <> 'RELEASED';
-- The returned and rejected payments every batch step looks at.
CREATE INDEX payments_returned ON payments (tenant_id, seq) WHERE state IN ('RETURNED', 'REJECTED');

-- A run reports returned payments it did not repay; such a skip is keyed by the returned payment, not by a
-- line of the run (the payment may be of another period, and a manual payment has no line_no).
ALTER TABLE betaalrun_skips ADD COLUMN returned_seq bigint;
ALTER TABLE betaalrun_skips DROP CONSTRAINT betaalrun_skips_pkey;
ALTER TABLE betaalrun_skips ALTER COLUMN line_no DROP NOT NULL;
CREATE UNIQUE INDEX betaalrun_skips_line ON betaalrun_skips (tenant_id, run_id, dossier_id, soort, line_no)
    WHERE returned_seq IS NULL;
CREATE UNIQUE INDEX betaalrun_skips_returned ON betaalrun_skips (tenant_id, run_id, returned_seq)
    WHERE returned_seq IS NOT NULL;
ALTER TABLE betaalrun_skips ADD CHECK (returned_seq IS NOT NULL OR line_no IS NOT NULL);
ALTER TABLE betaalrun_skips DROP CONSTRAINT betaalrun_skips_reason_check;
ALTER TABLE betaalrun_skips ADD CONSTRAINT betaalrun_skips_reason_check CHECK (reason IN ('BLOCKED_IBAN',
    'STOPPED_DOSSIER', 'ALREADY_PAID', 'CHANGED_SINCE_PAID', 'RETURNED_NOT_REPAID'));
