package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four eyes between persons (issue 15 point 1): one admin made two finance-officer tokens for the same person, and that
 * person could approve a two-approval batch alone. Now a person's tokens count once, the person who started the run
 * cannot approve with another token, and the database refuses both too.
 */
class FourEyesPersonApiTest {

    @TempDir
    Path dir;

    private static JsonNode token(TestEngine engine, String naam, String persoon) {
        return token(engine, "\"tenant\":\"GM0014\",\"role\":\"finance-officer\"", naam, persoon);
    }

    private static JsonNode token(TestEngine engine, String tenantAndRole, String naam, String persoon) {
        HttpResponse<String> made = engine.postJson("/api/v1/tokens", engine.adminToken(), "{" + tenantAndRole
                + ",\"naam\":\"" + naam + "\"" + (persoon == null ? "" : ",\"persoon\":\"" + persoon + "\"") + "}");
        assertEquals(201, made.statusCode(), made.body());
        return TestEngine.json(made);
    }

    @Test
    void onePersonWithTwoTokensCannotCompleteFourEyes() {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")))) {
            JsonNode starter = token(engine, "Starter", "E300");
            JsonNode starterAgain = token(engine, "Starter (tweede token)", "E300");
            JsonNode anna = token(engine, "Anna", "E100");
            JsonNode annaAgain = token(engine, "Anna (tweede token)", "E100");
            JsonNode bram = token(engine, "Bram", "E200");
            JsonNode own = token(engine, "Zonder persoon", null);
            assertEquals("E100", anna.get("persoon").textValue());
            assertEquals("token:" + own.get("id").textValue(), own.get("persoon").textValue(), "a person of its own");
            HttpResponse<String> bad = engine.postJson("/api/v1/tokens", engine.adminToken(),
                    "{\"tenant\":\"GM0014\",\"role\":\"finance-officer\",\"naam\":\"x\",\"persoon\":\"token:abc\"}");
            assertEquals(400, bad.statusCode());
            assertEquals("persoon", TestEngine.json(bad).get("fouten").get(0).get("veld").textValue());

            // 30 payments of 40.000,00: above Groningen's threshold, two approvals needed
            Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starter.get("id").textValue(),
                    BatchFixtures.lines("FEP", 30, 4_000_000)));
            assertEquals(2, batch.approvalsNeeded());
            HttpResponse<String> byStarter = engine.approve(batch.id(), starterAgain.get("token").textValue());
            assertEquals(403, byStarter.statusCode(), "who started the run approves with none of their tokens: "
                    + byStarter.body());
            assertEquals(201, engine.approve(batch.id(), anna.get("token").textValue()).statusCode());
            HttpResponse<String> twice = engine.approve(batch.id(), annaAgain.get("token").textValue());
            assertEquals(409, twice.statusCode(), twice.body());
            assertTrue(TestEngine.json(twice).get("detail").textValue().contains("andere persoon"), twice.body());
            HttpResponse<String> second = engine.approve(batch.id(), bram.get("token").textValue());
            assertEquals(201, second.statusCode(), second.body());
            JsonNode approved = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), bram.get("token").textValue()));
            assertEquals("APPROVED", approved.get("status").textValue());
            assertEquals("E100", approved.get("goedkeuringen").get(0).get("persoon").textValue());
            assertEquals("E200", approved.get("goedkeuringen").get(1).get("persoon").textValue());
            // every audit entry a person makes names the person, and the chain (old entries without one) verifies
            java.util.List<String> approvers = new java.util.ArrayList<>();
            int completed = 0;
            for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500",
                    bram.get("token").textValue())).get("regels")) {
                if ("BATCH_APPROVED".equals(e.get("actie").textValue())) {
                    approvers.add(e.get("persoon").textValue());
                }
                if ("BATCH_STATE".equals(e.get("actie").textValue())
                        && e.get("details").textValue().startsWith("AWAITING_APPROVAL -> APPROVED")) {
                    assertEquals("E200", e.get("persoon").textValue(), "the state change names who completed it");
                    completed++;
                }
            }
            assertEquals(java.util.List.of("E100", "E200"), approvers);
            assertEquals(1, completed, "one state change to APPROVED");

            // the database says the same, whatever Java would let through
            Batch other = engine.createBatch(BatchFixtures.batch("GM0014", starter.get("id").textValue(),
                    BatchFixtures.lines("FEQ", 30, 4_000_000)));
            assertRefused(db, other.id(), starterAgain.get("id").textValue(), "E300", "who started the run");
            insertApproval(db, other.id(), anna.get("id").textValue(), "E100");
            assertRefused(db, other.id(), annaAgain.get("id").textValue(), "E100", "approvals_one_per_person");
        }
    }

    @Test
    void aProposerDecidesNothingAboutTheirOwnProposalWithAnotherToken() {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")))) {
            String ops = "\"role\":\"ops\"";
            String proposer = token(engine, ops, "Anna Beleid", "O100").get("token").textValue();
            String proposerAgain = token(engine, ops, "Anna Beleid (laptop)", "O100").get("token").textValue();
            String other = token(engine, ops, "Bram Beheer", "O200").get("token").textValue();
            HttpResponse<String> proposed = TestEngine.send(engine.request("/api/v1/parametersets", proposer)
                    .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            nl.gbi.parameterset.TestSets.indexed2027())));
            assertEquals(201, proposed.statusCode(), proposed.body());
            long id = TestEngine.json(proposed).get("id").longValue();
            HttpResponse<String> self = engine.postJson("/api/v1/parametersets/" + id + "/approvals", proposerAgain, "{}");
            assertEquals(403, self.statusCode(), self.body());
            assertTrue(TestEngine.json(self).get("detail").textValue().contains("ander token"), self.body());
            assertEquals(403, engine.postJson("/api/v1/parametersets/" + id + "/rejection", proposerAgain,
                    "{\"reden\":\"zelf\"}").statusCode());
            HttpResponse<String> approved = engine.postJson("/api/v1/parametersets/" + id + "/approvals", other, "{}");
            assertEquals(200, approved.statusCode(), approved.body());

            // a municipality's policy: the same rule
            HttpResponse<String> policy = engine.postJson("/api/v1/gemeenten/GM0014/beleid", proposer,
                    TenantPolicyApiTest.policy("[5,30,50,100]", "NORM_INCL_VAKANTIEGELD", 95, "1000000.00", null));
            assertEquals(201, policy.statusCode(), policy.body());
            String decide = "/api/v1/gemeenten/GM0014/beleid/" + TestEngine.json(policy).get("id").longValue() + "/approvals";
            assertEquals(403, engine.postJson(decide, proposerAgain, "{}").statusCode());
            assertEquals(200, engine.postJson(decide, other, "{}").statusCode());
        }
    }

    /** An approval written straight into the table, as the tenant, past every check in Java. */
    private static void insertApproval(TestDatabase db, long batchId, String tokenId, String persoon) {
        db.as(PgConnectOptions.fromUri(db.url()), conn -> conn.query("SELECT set_config('gbi.tenant', 'GM0014', false)")
                .execute().compose(set -> conn.preparedQuery("INSERT INTO approvals (tenant_id, batch_id, token_id, naam,"
                        + " content_sha256, nb_of_txs, ctrl_sum_cents, persoon) VALUES ('GM0014', $1, $2, 'x',"
                        + " decode(repeat('00', 32), 'hex'), 1, 1, $3)").execute(Tuple.of(batchId, tokenId, persoon))));
    }

    private static void assertRefused(TestDatabase db, long batchId, String tokenId, String persoon, String why) {
        try {
            insertApproval(db, batchId, tokenId, persoon);
        } catch (IllegalStateException refused) {
            assertTrue(refused.getMessage().contains(why), refused.getMessage());
            return;
        }
        throw new AssertionError("the database let through an approval by " + persoon);
    }
}
