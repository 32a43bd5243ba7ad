-- A stored berekening and a calculated result are each written once and read back whole (intake's GET, a
-- run's calculation) or for a few fields (a returned payment's current IBAN, a herberekening). json keeps the
-- text as the engine wrote it, key order included, where jsonb parses it into a binary tree on every insert
-- and prints it back on every read: the largest costs of intake and of storing a run's results
-- (docs/benchmarks.md). Results (about 1,6 kB) are kept inline without compression: PostgreSQL would
-- otherwise compress the third of them above its 2 kB threshold on every insert.
ALTER TABLE berekeningen ALTER COLUMN input TYPE json USING input::json;
ALTER TABLE resultaten ALTER COLUMN resultaat TYPE json USING resultaat::json;
ALTER TABLE resultaten SET (toast_tuple_target = 8160);
