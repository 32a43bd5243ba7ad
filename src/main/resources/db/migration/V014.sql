-- Issue 12: indexes lead with what their queries bound, so that no plan can flip to reading a whole tenant.
-- The run indexes served "the rows of run X" but, leading with the tenant, also matched any query of a tenant:
-- with statistics that did not know a tenant's rows yet the planner took them for the chunk reads and read every
-- booking or result the tenant ever had (HotQueryPlanTest). Leading with the run, only a query naming a run can
-- use them.
DROP INDEX ledger_bookings_run;
CREATE INDEX ledger_bookings_run ON ledger_bookings (run_id, tenant_id);
DROP INDEX resultaten_run;
CREATE INDEX resultaten_run ON resultaten (run_id, tenant_id);
DROP INDEX herberekeningen_run;
CREATE INDEX herberekeningen_run ON herberekeningen (run_id, tenant_id);
