-- Issue 11 point 5: no limit makes a run fail. A tenant whose run has more payment lines than one batch takes
-- (GBI_BETAALRUN_LINES_PER_BATCH, at most 200.000) gets several batches, numbered 0, 1, … per tenant and run; each is
-- approved on its own. The guard of V003 (one batch per tenant and run, so two instances finishing a tenant at once
-- cannot both make it) becomes one batch per tenant, run and part. Every batch before this migration is part 0.
ALTER TABLE batches ADD COLUMN run_part integer NOT NULL DEFAULT 0 CHECK (run_part >= 0);
DROP INDEX batches_one_per_run;
CREATE UNIQUE INDEX batches_one_per_run_part ON batches (tenant_id, run_id, run_part) WHERE run_id IS NOT NULL;
