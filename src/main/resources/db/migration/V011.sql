-- Issue 11 point 6: a correction of a month whose version pays the spouses in halves (Pw art. 45 lid 4) pays its
-- NABETALING in halves too; a rerun of the correction's run offers both halves again, so the partner's own account
-- is kept beside the aanvrager's. Null: the client is paid alone (every row before this migration).
ALTER TABLE herberekeningen ADD COLUMN partner_iban text, ADD COLUMN partner_name text;
