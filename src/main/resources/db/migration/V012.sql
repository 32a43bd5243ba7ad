-- Issue 11 point 4: a batch is never executed in the past. When the date it asked for (the betaaldag, or today for
-- a voorschot) has passed, BatchCreation moves the execution date to the first one the bank can still execute and
-- keeps the asked date here, so the batch and the approval dialog can warn that it moved. Null: as asked (every
-- batch before this migration).
ALTER TABLE batches ADD COLUMN wanted_execution_date date;
