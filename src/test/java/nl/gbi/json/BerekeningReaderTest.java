package nl.gbi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Fout;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Woonsituatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BerekeningReaderTest {

    private final BerekeningReader reader = new BerekeningReader();

    @Test
    void theContractExampleIsValidAndReadExactly() {
        Berekening b = ((BerekeningReader.Valid) reader.read(SampleBerekeningen.example())).berekening();
        assertEquals("GM0014-0000123", b.dossierId());
        assertEquals(YearMonth.of(2025, 7), b.periode());
        assertEquals(Leefvorm.ALLEENSTAANDE, b.leefvorm());
        assertEquals(LocalDate.of(1980, 5, 1), b.aanvrager().geboortedatum());
        assertEquals(45000, b.inkomsten().get(0).nettoBedrag().cents());
        assertEquals(YearMonth.of(2025, 5), b.inkomsten().get(0).vrijlatingSinds());
        assertEquals(55000, b.inhoudingen().get(0).bedrag().cents());
        assertEquals(InhoudingSoort.HUUR, b.inhoudingen().get(0).soort());
        assertEquals("NL39RABO0300065264", b.inhoudingen().get(0).begunstigde().iban().value());
        assertEquals(30, b.verlaging().percentage());
        assertEquals(1, b.medebewoners().size());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        ObjectNode node = SampleBerekeningen.example();
        Stream.of("partner", "kinderen", "medebewoners", "woonsituatie", "inkomsten", "verlaging", "inhoudingen")
                .forEach(node::remove);
        Berekening b = ((BerekeningReader.Valid) reader.read(node)).berekening();
        assertEquals(Woonsituatie.ZELFSTANDIG, b.woonsituatie());
        assertTrue(b.kinderen().isEmpty() && b.inkomsten().isEmpty() && b.inhoudingen().isEmpty());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                rule("unknown field", n -> n.put("extra", 1), "extra", "ONBEKEND_VELD"),
                rule("unknown nested field", n -> obj(n, "aanvrager").put("tussenvoegsel", "de"), "aanvrager.tussenvoegsel", "ONBEKEND_VELD"),
                rule("dossierId missing", n -> n.remove("dossierId"), "dossierId", "VERPLICHT"),
                rule("dossierId too long", n -> n.put("dossierId", "A".repeat(21)), "dossierId", "TE_LANG"),
                rule("dossierId charset", n -> n.put("dossierId", "GM0014_12"), "dossierId", "ONGELDIG_FORMAAT"),
                rule("periode month 13", n -> n.put("periode", "2025-13"), "periode", "ONGELDIGE_PERIODE"),
                rule("periode as date", n -> n.put("periode", "2025-07-01"), "periode", "TE_LANG"),
                rule("regeling IOAW", n -> n.put("regeling", "IOAW"), "regeling", "REGELING_NIET_ONDERSTEUND"),
                rule("regeling IOAZ", n -> n.put("regeling", "IOAZ"), "regeling", "REGELING_NIET_ONDERSTEUND"),
                rule("regeling BBZ", n -> n.put("regeling", "BBZ"), "regeling", "REGELING_NIET_ONDERSTEUND"),
                rule("regeling unknown", n -> n.put("regeling", "WW"), "regeling", "ONGELDIGE_WAARDE"),
                rule("leefvorm unknown", n -> n.put("leefvorm", "SAMENWONEND"), "leefvorm", "ONGELDIGE_WAARDE"),
                rule("enum is case-sensitive", n -> n.put("leefvorm", "alleenstaande"), "leefvorm", "ONGELDIGE_WAARDE"),
                rule("bsn elfproef", n -> obj(n, "aanvrager").put("bsn", "111222334"), "aanvrager.bsn", "BSN_ONGELDIG"),
                rule("bsn as number", n -> obj(n, "aanvrager").put("bsn", 111222333), "aanvrager.bsn", "ONGELDIG_TYPE"),
                rule("naam too long", n -> obj(n, "aanvrager").put("naam", "x".repeat(71)), "aanvrager.naam", "TE_LANG"),
                rule("naam blank", n -> obj(n, "aanvrager").put("naam", "  "), "aanvrager.naam", "VERPLICHT"),
                rule("date 30 February", n -> obj(n, "aanvrager").put("geboortedatum", "1980-02-30"), "aanvrager.geboortedatum", "ONGELDIGE_DATUM"),
                rule("date other format", n -> obj(n, "aanvrager").put("geboortedatum", "01-05-1980"), "aanvrager.geboortedatum", "ONGELDIGE_DATUM"),
                rule("born after period", n -> obj(n, "aanvrager").put("geboortedatum", "2025-08-01"), "aanvrager.geboortedatum", "GEBOORTEDATUM_NA_PERIODE"),
                rule("partner for alleenstaande", n -> n.set("partner", SampleBerekeningen.example().get("aanvrager")), "partner", "PARTNER_NIET_TOEGESTAAN"),
                rule("no partner for gehuwden", n -> n.put("leefvorm", "GEHUWDEN"), "partner", "VERPLICHT"),
                rule("partner account with a bad IBAN", n -> {
                    ObjectNode p = SampleBerekeningen.example().get("aanvrager").deepCopy();
                    p.putObject("betaalrekening").put("iban", "NL91ABNA0417164301").put("tenaamstelling", "P de Vries");
                    n.put("leefvorm", "GEHUWDEN").set("partner", p);
                }, "partner.betaalrekening.iban", "IBAN_ONGELDIG"),
                rule("betaalwijze HELFT without partner account", n -> {
                    ObjectNode p = SampleBerekeningen.example().get("aanvrager").deepCopy();
                    p.put("betaalwijze", "HELFT");
                    n.put("leefvorm", "GEHUWDEN").set("partner", p);
                }, "partner.betaalrekening", "VERPLICHT"),
                rule("kind not an object", n -> ((ArrayNode) n.get("kinderen")).add(3), "kinderen[1]", "ONGELDIG_TYPE"),
                rule("medebewoner student not boolean", n -> obj(arr(n, "medebewoners"), 0).put("student", "nee"), "medebewoners[0].student", "ONGELDIG_TYPE"),
                rule("woonsituatie unknown", n -> n.put("woonsituatie", "KAMER"), "woonsituatie", "ONGELDIGE_WAARDE"),
                rule("recht missing", n -> n.remove("recht"), "recht", "VERPLICHT"),
                rule("recht after period", n -> obj(n, "recht").put("ingangsdatum", "2025-08-01"), "recht", "RECHT_BUITEN_PERIODE"),
                rule("recht ended before period", n -> obj(n, "recht").put("einddatum", "2025-06-30"), "recht", "RECHT_BUITEN_PERIODE"),
                rule("einddatum before ingangsdatum", n -> obj(n, "recht").put("einddatum", "2024-02-01"), "recht.einddatum", "EINDDATUM_VOOR_INGANGSDATUM"),
                rule("amount 3 decimals", n -> obj(arr(n, "inkomsten"), 0).put("nettoBedrag", new BigDecimal("450.001")), "inkomsten[0].nettoBedrag", "TE_VEEL_DECIMALEN"),
                rule("amount as string", n -> obj(arr(n, "inkomsten"), 0).put("nettoBedrag", "450.00"), "inkomsten[0].nettoBedrag", "ONGELDIG_TYPE"),
                rule("amount negative", n -> obj(arr(n, "inkomsten"), 0).put("nettoBedrag", new BigDecimal("-1")), "inkomsten[0].nettoBedrag", "BUITEN_BEREIK"),
                rule("amount too large", n -> obj(arr(n, "inkomsten"), 0).put("nettoBedrag", new BigDecimal("1000000000.00")), "inkomsten[0].nettoBedrag", "BUITEN_BEREIK"),
                rule("inkomst soort unknown", n -> obj(arr(n, "inkomsten"), 0).put("soort", "LOTERIJ"), "inkomsten[0].soort", "ONGELDIGE_WAARDE"),
                rule("vrijlating on uitkering", n -> obj(arr(n, "inkomsten"), 0).put("soort", "UITKERING"), "inkomsten[0].vrijlating", "VRIJLATING_NIET_TOEGESTAAN"),
                rule("vrijlating without sinds", n -> obj(arr(n, "inkomsten"), 0).remove("vrijlatingSinds"), "inkomsten[0].vrijlatingSinds", "VERPLICHT"),
                rule("sinds without vrijlating", n -> obj(arr(n, "inkomsten"), 0).remove("vrijlating"), "inkomsten[0].vrijlatingSinds", "NIET_TOEGESTAAN"),
                rule("vrijlating after period", n -> obj(arr(n, "inkomsten"), 0).put("vrijlatingSinds", "2025-08"), "inkomsten[0].vrijlatingSinds", "VRIJLATING_NA_PERIODE"),
                rule("verlaging below 5", n -> obj(n, "verlaging").put("percentage", 4), "verlaging.percentage", "BUITEN_BEREIK"),
                rule("verlaging above 100", n -> obj(n, "verlaging").put("percentage", 101), "verlaging.percentage", "BUITEN_BEREIK"),
                rule("verlaging fraction", n -> obj(n, "verlaging").put("percentage", new BigDecimal("30.5")), "verlaging.percentage", "ONGELDIG_TYPE"),
                rule("verlaging without reden", n -> obj(n, "verlaging").remove("reden"), "verlaging.reden", "VERPLICHT"),
                rule("inhouding zero", n -> obj(arr(n, "inhoudingen"), 0).put("bedrag", 0), "inhoudingen[0].bedrag", "BUITEN_BEREIK"),
                rule("derdenbetaling without begunstigde", n -> obj(arr(n, "inhoudingen"), 0).remove("begunstigde"), "inhoudingen[0].begunstigde", "VERPLICHT"),
                rule("beslag without begunstigde", n -> {
                    obj(arr(n, "inhoudingen"), 0).put("soort", "BESLAG").remove("begunstigde");
                }, "inhoudingen[0].begunstigde", "VERPLICHT"),
                rule("aflossing with begunstigde", n -> obj(arr(n, "inhoudingen"), 0).put("soort", "AFLOSSING"), "inhoudingen[0].begunstigde", "NIET_TOEGESTAAN"),
                rule("begunstigde iban checksum", n -> obj(obj(arr(n, "inhoudingen"), 0), "begunstigde").put("iban", "NL39RABO0300065265"), "inhoudingen[0].begunstigde.iban", "IBAN_ONGELDIG"),
                rule("iban with spaces", n -> obj(n, "betaalrekening").put("iban", "NL91 ABNA 0417 1643 00"), "betaalrekening.iban", "IBAN_ONGELDIG"),
                rule("iban lowercase", n -> obj(n, "betaalrekening").put("iban", "nl91abna0417164300"), "betaalrekening.iban", "IBAN_ONGELDIG"),
                rule("iban not sepa", n -> obj(n, "betaalrekening").put("iban", "US64SVBKUS6S3300958879"), "betaalrekening.iban", "IBAN_GEEN_SEPA"),
                rule("iban wrong length", n -> obj(n, "betaalrekening").put("iban", "NL91ABNA041716430"), "betaalrekening.iban", "IBAN_ONGELDIG"),
                rule("tenaamstelling missing", n -> obj(n, "betaalrekening").remove("tenaamstelling"), "betaalrekening.tenaamstelling", "VERPLICHT"),
                rule("betaalrekening not an object", n -> n.put("betaalrekening", "NL91ABNA0417164300"), "betaalrekening", "ONGELDIG_TYPE"),
                rule("list too long", n -> {
                    for (int i = 0; i < 100; i++) {
                        arr(n, "kinderen").addObject().put("geboortedatum", "2015-02-11");
                    }
                }, "kinderen", "TE_VEEL"),
                rule("lists must be lists", n -> n.put("kinderen", "twee"), "kinderen", "ONGELDIG_TYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachRuleNamesTheFieldAndCode(String rule, Consumer<ObjectNode> change, String veld, String code) {
        ObjectNode node = SampleBerekeningen.example();
        change.accept(node);
        BerekeningReader.Invalid invalid = assertInstanceOf(BerekeningReader.Invalid.class, reader.read(node));
        assertEquals(List.of(new Fout(veld, code, invalid.fouten().get(0).melding())), invalid.fouten(),
                () -> "exactly one violation expected for " + rule + ", got " + invalid.fouten());
    }

    @Test
    void everyViolationOfARecordIsReportedTogether() {
        ObjectNode node = SampleBerekeningen.example();
        node.put("periode", "2025-13").put("regeling", "BBZ").put("extra", true);
        obj(node, "aanvrager").put("bsn", "123");
        obj(node, "betaalrekening").put("iban", "NL00");
        BerekeningReader.Invalid invalid = (BerekeningReader.Invalid) reader.read(node);
        assertEquals(List.of("extra", "periode", "regeling", "aanvrager.bsn", "betaalrekening.iban"),
                invalid.fouten().stream().map(Fout::veld).toList());
        assertEquals("GM0014-0000123", invalid.dossierId());
    }

    @Test
    void anInvalidDossierIdIsStillReportedAsSubmitted() {
        ObjectNode node = SampleBerekeningen.example();
        node.put("dossierId", "bad id!");
        assertEquals("bad id!", ((BerekeningReader.Invalid) reader.read(node)).dossierId());
    }

    @Test
    void aRecordThatIsNotAnObjectIsRefused() {
        BerekeningReader.Invalid invalid = (BerekeningReader.Invalid) reader.read(JsonNodeFactory.instance.textNode("x"));
        assertEquals("ONGELDIG_TYPE", invalid.fouten().get(0).code());
    }

    private static Arguments rule(String name, Consumer<ObjectNode> change, String veld, String code) {
        return Arguments.of(name, change, veld, code);
    }

    private static ObjectNode obj(ObjectNode parent, String field) {
        return (ObjectNode) parent.get(field);
    }

    private static ObjectNode obj(ArrayNode parent, int index) {
        return (ObjectNode) parent.get(index);
    }

    private static ArrayNode arr(ObjectNode parent, String field) {
        return (ArrayNode) parent.get(field);
    }

    @org.junit.jupiter.api.Test
    void namesThePartnerAndItsAccountForAnAlleenstaande() {
        ObjectNode n = SampleBerekeningen.example();
        ObjectNode p = n.get("aanvrager").deepCopy();
        p.set("betaalrekening", n.get("betaalrekening"));
        n.set("partner", p);
        var fouten = ((BerekeningReader.Invalid) reader.read(n)).fouten().stream().map(f -> f.veld() + " " + f.code()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("partner PARTNER_NIET_TOEGESTAAN",
                "partner.betaalrekening PARTNER_NIET_TOEGESTAAN"), fouten);
    }
}
