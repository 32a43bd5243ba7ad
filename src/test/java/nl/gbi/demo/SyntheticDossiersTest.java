package nl.gbi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.domain.Bsn;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Tenant;
import nl.gbi.json.BerekeningReader;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticDossiersTest {

    private static final TenantRegistry TENANTS = TenantLoader.load(Path.of("tenants"));

    /** Every generated dossier passes the contract and is calculated, for every tenant and two periods. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-07", "2026-11"})
    void everyDossierIsValidAndCalculable(String periode) {
        BerekeningReader reader = new BerekeningReader();
        Map<String, Integer> features = new TreeMap<>();
        for (Tenant tenant : TENANTS.all()) {
            Calculator calculator = new Calculator(ParameterResource.load(), CalculationSettings.of(tenant));
            for (ObjectNode record : new SyntheticDossiers(7).forTenant(tenant, YearMonth.parse(periode), 400)) {
                BerekeningReader.Result read = reader.read(record);
                assertTrue(read instanceof BerekeningReader.Valid, () -> record + " -> " + read);
                Outcome outcome = calculator.calculate(((BerekeningReader.Valid) read).berekening());
                assertTrue(outcome instanceof Outcome.Success, () -> record + " -> " + outcome);
                count(features, record);
            }
        }
        for (String feature : List.of("GEHUWDEN", "ALLEENSTAANDE_OUDER", "medebewoner", "ARBEID", "verlaging", "HUUR",
                "BESLAG", "AFLOSSING", "ZORGVERZEKERING", "INRICHTING", "einddatum")) {
            assertTrue(features.getOrDefault(feature, 0) > 0, () -> "no " + feature + " in " + features);
        }
    }

    @Test
    void theSameSeedGivesTheSameDossiersAndIdentifiersAreValid() {
        Tenant groningen = TENANTS.find("GM0014").orElseThrow();
        List<ObjectNode> first = new SyntheticDossiers(42).forTenant(groningen, YearMonth.of(2026, 11), 50);
        assertEquals(first, new SyntheticDossiers(42).forTenant(groningen, YearMonth.of(2026, 11), 50));
        SyntheticDossiers generator = new SyntheticDossiers(1);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(Bsn.isValid(generator.bsn()));
            assertTrue(Iban.isValid(generator.iban("RABO")));
        }
        assertEquals("GM0014-0000050", first.get(49).get("dossierId").textValue());
    }

    private static void count(Map<String, Integer> features, ObjectNode record) {
        features.merge(record.get("leefvorm").textValue(), 1, Integer::sum);
        features.merge(record.get("woonsituatie").textValue(), 1, Integer::sum);
        if (!record.get("medebewoners").isEmpty()) {
            features.merge("medebewoner", 1, Integer::sum);
        }
        if (!record.get("verlaging").isNull()) {
            features.merge("verlaging", 1, Integer::sum);
        }
        if (!record.get("recht").get("einddatum").isNull()) {
            features.merge("einddatum", 1, Integer::sum);
        }
        record.get("inkomsten").forEach(i -> features.merge(i.get("soort").textValue(), 1, Integer::sum));
        record.get("inhoudingen").forEach(i -> features.merge(i.get("soort").textValue(), 1, Integer::sum));
    }
}
