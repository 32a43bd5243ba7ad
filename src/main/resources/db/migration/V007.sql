-- Issue 10: the chunk read of a betaalrun bounds latest_berekeningen by tenant (row-level security), period and a
-- range of dossier ids. An index that leads with exactly those finds a chunk's rows in one range of the index
-- however many periods a dossier has, and whatever the statistics estimate. It supersedes the index on
-- (tenant_id, periode), which is its prefix.
CREATE INDEX latest_berekeningen_chunk ON latest_berekeningen (tenant_id, periode, dossier_id);
DROP INDEX latest_berekeningen_periode;
