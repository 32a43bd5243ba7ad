package nl.gbi.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.SafetyRailSettings;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantLoaderTest {

    private static final Path REPO_TENANTS = Path.of("tenants");

    @Test
    void theThirteenMunicipalitiesLoad() {
        TenantRegistry registry = TenantLoader.load(REPO_TENANTS);
        assertEquals(List.of("GM0014", "GM0114", "GM0153", "GM0193", "GM0268", "GM0344", "GM0363", "GM0518", "GM0599",
                "GM0772", "GM0796", "GM0855", "GM0995"), registry.all().stream().map(Tenant::gemeentecode).toList());
        Tenant groningen = registry.find("GM0014").orElseThrow();
        assertEquals("Gemeente Groningen", groningen.naam());
        assertEquals("BNGHNL2G", groningen.debtorBic());
        assertEquals("NL50BNGH9999000014", groningen.debtorIban().value());
        assertEquals(Month.JUNE, groningen.vakantiegeldPayoutMonth());
        assertEquals(Set.of(5, 30, 100), groningen.allowedVerlagingPercentages());
        assertEquals(VerlagingBase.NORM_INCL_VAKANTIEGELD, groningen.verlagingBase());
        assertEquals(100_000_000L, groningen.secondApprovalThreshold().cents());
        registry.all().forEach(t -> assertTrue(t.debtorIban().value().contains("BNGH"), t.gemeentecode()));
        assertEquals(SafetyRailSettings.DEFAULT, groningen.vangrails(), "no vangrails: the defaults");
    }

    @Test
    void aMunicipalitysRailThresholdsAndKnownThirdPartiesLoad(@TempDir Path dir) throws IOException {
        String groningen = Files.readString(REPO_TENANTS.resolve("GM0014.json")).replace("\"betaaldag\": 24,",
                "\"betaaldag\": 24, \"vangrails\": {\"maxWijzigingPercentage\": 25, \"maxDossiersPerIban\": 40,"
                        + " \"bekendeDerden\": [\"NL39RABO0300065264\"]},");
        Files.writeString(dir.resolve("GM0014.json"), groningen);
        SafetyRailSettings rails = TenantLoader.load(dir).find("GM0014").orElseThrow().vangrails();
        assertEquals(new SafetyRailSettings(25, 2, 40, Set.of("NL39RABO0300065264")), rails);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key|\"betaaldag\": 24,|\"betaaldag\": 24, \"betaaldagen\": 1,|betaaldagen: ONBEKEND_VELD",
            "missing field|\"betaaldag\": 24,||betaaldag: VERPLICHT",
            "invalid IBAN|NL50BNGH9999000014|NL51BNGH9999000014|debtorIban: IBAN_ONGELDIG",
            "day out of range|\"betaaldag\": 24,|\"betaaldag\": 32,|betaaldag: BUITEN_BEREIK",
            "bad verlaging base|NORM_INCL_VAKANTIEGELD|NORM|verlagingBase: ONGELDIGE_WAARDE",
            "percentage out of range|30,|130,|allowedVerlagingPercentages: ONGELDIGE_WAARDE",
            "threshold in double precision|1000000.00|1000000.001|secondApprovalThreshold: TE_VEEL_DECIMALEN",
            "wrong code format|\"GM0014\"|\"G14\"|gemeentecode: ONGELDIG_FORMAAT",
            "rail multiple out of range|\"betaaldag\": 24,|\"betaaldag\": 24, \"vangrails\": {\"normVeelvoud\": 0},"
                    + "|vangrails.normVeelvoud: BUITEN_BEREIK",
            "known third party not an IBAN|\"betaaldag\": 24,|\"betaaldag\": 24, \"vangrails\": {\"bekendeDerden\": [\"NL00\"]},"
                    + "|vangrails.bekendeDerden: IBAN_ONGELDIG",
            "unknown rail key|\"betaaldag\": 24,|\"betaaldag\": 24, \"vangrails\": {\"maxDossiers\": 3},"
                    + "|vangrails.maxDossiers: ONBEKEND_VELD",
            "sign-in giving ops|\"betaaldag\": 24,|\"betaaldag\": 24, \"oidc\": {\"issuer\": \"https://idp.example\","
                    + " \"clientId\": \"gbi\", \"rolesClaim\": \"groups\", \"roles\": {\"beheer\": \"ops\"}},"
                    + "|oidc.roles: ONGELDIGE_WAARDE",
            "sign-in without client id|\"betaaldag\": 24,|\"betaaldag\": 24, \"oidc\": {\"issuer\": \"https://idp.example\","
                    + " \"rolesClaim\": \"groups\", \"roles\": {\"fin\": \"finance-officer\"}},|oidc.clientId: VERPLICHT",
            "sign-in issuer not a URL|\"betaaldag\": 24,|\"betaaldag\": 24, \"oidc\": {\"issuer\": \"idp.example\","
                    + " \"clientId\": \"gbi\", \"rolesClaim\": \"groups\", \"roles\": {\"fin\": \"finance-officer\"}},"
                    + "|oidc.issuer: ONGELDIG_FORMAAT",
            "sign-in tenant claim alone|\"betaaldag\": 24,|\"betaaldag\": 24, \"oidc\": {\"issuer\": \"https://idp.example\","
                    + " \"clientId\": \"gbi\", \"rolesClaim\": \"groups\", \"roles\": {\"fin\": \"finance-officer\"},"
                    + " \"tenantClaim\": \"gemeente\"},|oidc.tenantClaim: SAMEN",
            "sign-in with its secret in the file|\"betaaldag\": 24,|\"betaaldag\": 24, \"oidc\": {\"issuer\":"
                    + " \"https://idp.example\", \"clientId\": \"gbi\", \"clientSecret\": \"geheim\", \"rolesClaim\": \"groups\","
                    + " \"roles\": {\"fin\": \"finance-officer\"}},|oidc.clientSecret: ONBEKEND_VELD"})
    void aBadFileStopsTheStartNamingFileAndField(String name, String from, String to, String expected,
                                                  @TempDir Path dir) throws IOException {
        String groningen = Files.readString(REPO_TENANTS.resolve("GM0014.json"));
        String broken = groningen.replace(from, to == null ? "" : to);
        assertTrue(!broken.equals(groningen), "the test must change the file");
        Files.writeString(dir.resolve("GM0014.json"), broken);
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> TenantLoader.load(dir));
        assertTrue(e.getMessage().contains("GM0014.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aMunicipalitysSignInLoadsWithItsClaimMapping(@TempDir Path dir) throws IOException {
        String groningen = Files.readString(REPO_TENANTS.resolve("GM0014.json")).replace("\"betaaldag\": 24,",
                "\"betaaldag\": 24, \"oidc\": {\"issuer\": \"https://login.microsoftonline.com/t/v2.0\", \"clientId\":"
                        + " \"gbi-gm0014\", \"rolesClaim\": \"groups\", \"roles\": {\"0f3c-groep\": \"finance-officer\"},"
                        + " \"persoonClaim\": \"employee_id\"},");
        Files.writeString(dir.resolve("GM0014.json"), groningen);
        TenantRegistry registry = TenantLoader.load(dir);
        assertEquals(new SignInSettings("https://login.microsoftonline.com/t/v2.0", "gbi-gm0014", "groups",
                java.util.Map.of("0f3c-groep", "finance-officer"), "employee_id", null, null),
                registry.signIn("GM0014").orElseThrow());
        assertEquals(List.of("GM0014"), List.copyOf(registry.withSignIn()));
        assertTrue(TenantLoader.load(REPO_TENANTS).withSignIn().isEmpty(), "the shipped files sign in with tokens only");
    }

    @Test
    void aDuplicateCodeOrAMisnamedFileStopsTheStart(@TempDir Path dir) throws IOException {
        String groningen = Files.readString(REPO_TENANTS.resolve("GM0014.json"));
        Files.writeString(dir.resolve("groningen.json"), groningen);
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> TenantLoader.load(dir));
        assertTrue(e.getMessage().contains("groningen.json") && e.getMessage().contains("GM0014.json"), e.getMessage());
    }

    @Test
    void malformedJsonAndEmptyDirectoriesStopTheStart(@TempDir Path dir) throws IOException {
        assertTrue(assertThrows(TenantConfigException.class, () -> TenantLoader.load(dir)).getMessage().contains("no tenant files"));
        Files.writeString(dir.resolve("GM0014.json"), "{\"gemeentecode\": ");
        assertTrue(assertThrows(TenantConfigException.class, () -> TenantLoader.load(dir)).getMessage().contains("not valid JSON"));
    }
}
