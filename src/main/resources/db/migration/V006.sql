-- A result is written once, by the run that calculated it, and read back whole (GET of a berekening) or for a
-- few fields (herberekening). json keeps the engine's text as it was calculated, key order included, where
-- jsonb would parse it into a binary tree on every insert, the largest cost of storing a run's results
-- (docs/benchmarks.md). Rows of a result (about 1,6 kB) are kept inline without compression: PostgreSQL
-- would otherwise compress the third of them above its 2 kB threshold on every insert.
ALTER TABLE resultaten ALTER COLUMN resultaat TYPE json USING resultaat::json;
ALTER TABLE resultaten SET (toast_tuple_target = 8160);
