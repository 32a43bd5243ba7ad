-- Issue 12 point 5: a chunk reads the payments of the months it settles and, for the vakantiegeld reserve, every
-- vakantiegeld payout of its dossiers; no longer every payment of every month of history. The payouts are found by
-- this partial index: about one row per dossier a year, so it costs the payments' INSERT almost nothing.
CREATE INDEX payments_vakantiegeld ON payments (tenant_id, dossier_id, periode) WHERE soort = 'VAKANTIEGELD';

-- The batch step looks up, for every line of the run, whether it was paid before (BetaalrunSql.LINES): one probe of
-- payments_original_once per line, and then a read of the payment's row for its seq and batch. In month 18 that
-- was 7.3 s of the run's 17.9 s (docs/benchmarks.md). With seq and batch_id in the index the probe answers alone
-- (an index-only scan on every page the visibility map knows to be all-visible: every settled month's).
CREATE UNIQUE INDEX payments_original_once_v24 ON payments (tenant_id, dossier_id, periode, soort, line_no)
    INCLUDE (seq, batch_id) WHERE corrects_seq IS NULL AND line_no IS NOT NULL AND state <> 'RELEASED';
DROP INDEX payments_original_once;
ALTER INDEX payments_original_once_v24 RENAME TO payments_original_once;
