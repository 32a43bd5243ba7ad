package nl.gbi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Begunstigde;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Betaalwijze;
import nl.gbi.domain.Bsn;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Inkomst;
import nl.gbi.domain.InkomstSoort;
import nl.gbi.domain.Kind;
import nl.gbi.domain.Medebewoner;
import nl.gbi.domain.Money;
import nl.gbi.domain.Persoon;
import nl.gbi.domain.Vrijlating;

/** Reads the nested parts of a berekening: persons, children, medebewoners, inkomsten and inhoudingen. */
final class PartReader {

    private static final Set<String> PERSOON_FIELDS = Set.of("bsn", "naam", "geboortedatum");
    /** The partner may add an own account and how the spouses are paid (contract.md v1 additions; Pw art. 45 lid 4). */
    private static final Set<String> PARTNER_FIELDS = Set.of("bsn", "naam", "geboortedatum", "betaalrekening", "betaalwijze");
    private static final Set<String> BETAALREKENING_FIELDS = Set.of("iban", "tenaamstelling");
    private static final Set<String> KIND_FIELDS = Set.of("geboortedatum");
    private static final Set<String> MEDEBEWONER_FIELDS = Set.of("geboortedatum", "student", "commercieleHuur");
    private static final Set<String> INKOMST_FIELDS = Set.of("soort", "nettoBedrag", "vrijlating", "vrijlatingSinds");
    private static final Set<String> INHOUDING_FIELDS = Set.of("soort", "bedrag", "kenmerk", "begunstigde");
    private static final Set<String> BEGUNSTIGDE_FIELDS = Set.of("naam", "iban");

    Persoon persoon(FieldReader parent, String field, boolean required) {
        JsonNode node = parent.object(field, required);
        if (node == null) {
            return null;
        }
        return persoon(new FieldReader(node, parent.path(field), parent.fouten(), PERSOON_FIELDS));
    }

    /**
     * The partner of a GEHUWDEN berekening, with the optional {@code betaalrekening} (read as the aanvrager's) and
     * {@code betaalwijze}; {@code HELFT} needs the partner's account, {@code AANVRAGER} does not.
     */
    Persoon partner(FieldReader parent, String field) {
        JsonNode node = parent.object(field, true);
        if (node == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, parent.path(field), parent.fouten(), PARTNER_FIELDS);
        Persoon persoon = persoon(fields);
        Betaalrekening rekening = betaalrekening(fields, "betaalrekening", false);
        Betaalwijze betaalwijze = fields.enumValue("betaalwijze", false, Betaalwijze.class);
        if (betaalwijze == Betaalwijze.HELFT && fields.present("betaalrekening", false) == null) {
            fields.fail("betaalrekening", "VERPLICHT", "Betaalwijze HELFT betaalt de partner op een eigen betaalrekening");
        }
        boolean rekeningOk = rekening != null || fields.present("betaalrekening", false) == null;
        boolean betaalwijzeOk = betaalwijze != null || fields.present("betaalwijze", false) == null;
        if (persoon == null || !rekeningOk || !betaalwijzeOk) {
            return null;
        }
        return new Persoon(persoon.bsn(), persoon.naam(), persoon.geboortedatum(), rekening, betaalwijze);
    }

    /** An own account: a valid SEPA IBAN and a name the bank can carry (the aanvrager's and the partner's alike). */
    Betaalrekening betaalrekening(FieldReader parent, String field, boolean required) {
        JsonNode node = parent.object(field, required);
        if (node == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, parent.path(field), parent.fouten(), BETAALREKENING_FIELDS);
        Iban iban = iban(fields, "iban");
        String tenaamstelling = fields.bankText("tenaamstelling", true, BerekeningReader.NAME_MAX, BankText.NAME_MAX);
        return iban == null || tenaamstelling == null ? null : new Betaalrekening(iban, tenaamstelling);
    }

    private static Persoon persoon(FieldReader fields) {
        String bsn = fields.string("bsn", true, 9);
        if (bsn != null && !Bsn.isValid(bsn)) {
            fields.fail("bsn", "BSN_ONGELDIG", "Een BSN heeft 9 cijfers en voldoet aan de elfproef");
            bsn = null;
        }
        String naam = fields.string("naam", true, BerekeningReader.NAME_MAX);
        LocalDate geboortedatum = fields.date("geboortedatum", true);
        return bsn == null || naam == null || geboortedatum == null ? null : new Persoon(new Bsn(bsn), naam, geboortedatum);
    }

    Kind kind(JsonNode node, String path, List<Fout> fouten) {
        FieldReader fields = item(node, path, fouten, KIND_FIELDS);
        if (fields == null) {
            return null;
        }
        LocalDate geboortedatum = fields.date("geboortedatum", true);
        return geboortedatum == null ? null : new Kind(geboortedatum);
    }

    Medebewoner medebewoner(JsonNode node, String path, List<Fout> fouten) {
        FieldReader fields = item(node, path, fouten, MEDEBEWONER_FIELDS);
        if (fields == null) {
            return null;
        }
        LocalDate geboortedatum = fields.date("geboortedatum", true);
        boolean student = fields.bool("student", false);
        boolean commercieleHuur = fields.bool("commercieleHuur", false);
        return geboortedatum == null ? null : new Medebewoner(geboortedatum, student, commercieleHuur);
    }

    Inkomst inkomst(JsonNode node, String path, List<Fout> fouten, YearMonth periode) {
        FieldReader fields = item(node, path, fouten, INKOMST_FIELDS);
        if (fields == null) {
            return null;
        }
        InkomstSoort soort = fields.enumValue("soort", true, InkomstSoort.class);
        Money bedrag = fields.amount("nettoBedrag", true, true);
        Vrijlating vrijlating = fields.enumValue("vrijlating", false, Vrijlating.class);
        YearMonth sinds = fields.period("vrijlatingSinds", false);
        boolean vrijlatingGiven = fields.present("vrijlating", false) != null;
        boolean sindsGiven = fields.present("vrijlatingSinds", false) != null;
        if (vrijlatingGiven && !sindsGiven) {
            fields.fail("vrijlatingSinds", "VERPLICHT", "Een vrijlating heeft een vrijlatingSinds");
        } else if (sindsGiven && !vrijlatingGiven) {
            fields.fail("vrijlatingSinds", "NIET_TOEGESTAAN", "vrijlatingSinds hoort alleen bij een vrijlating");
        }
        if (vrijlating != null && soort != null && soort != InkomstSoort.ARBEID) {
            fields.fail("vrijlating", "VRIJLATING_NIET_TOEGESTAAN", "Een vrijlating geldt alleen voor inkomsten uit arbeid");
        }
        if (sinds != null && periode != null && sinds.isAfter(periode)) {
            fields.fail("vrijlatingSinds", "VRIJLATING_NA_PERIODE", "vrijlatingSinds ligt na de periode");
        }
        if (soort == null || bedrag == null || vrijlatingGiven != sindsGiven) {
            return null;
        }
        return new Inkomst(soort, bedrag, vrijlating, sinds);
    }

    Inhouding inhouding(JsonNode node, String path, List<Fout> fouten) {
        FieldReader fields = item(node, path, fouten, INHOUDING_FIELDS);
        if (fields == null) {
            return null;
        }
        InhoudingSoort soort = fields.enumValue("soort", true, InhoudingSoort.class);
        Money bedrag = fields.amount("bedrag", true, false);
        // the kenmerk starts the remittance information, so the begunstigde can match the payment: never blanked
        String kenmerk = fields.bankText("kenmerk", false, BerekeningReader.TEXT_MAX, BankText.REMITTANCE_MAX);
        Begunstigde begunstigde = null;
        if (soort != null && soort.needsBegunstigde()) {
            begunstigde = begunstigde(fields);
        } else if (soort != null && fields.present("begunstigde", false) != null) {
            fields.fail("begunstigde", "NIET_TOEGESTAAN", "Een aflossing gaat naar de gemeente zelf, zonder begunstigde");
        }
        boolean complete = soort != null && bedrag != null && (begunstigde != null || !soort.needsBegunstigde());
        return complete ? new Inhouding(soort, bedrag, kenmerk, begunstigde) : null;
    }

    private Begunstigde begunstigde(FieldReader parent) {
        JsonNode node = parent.object("begunstigde", true);
        if (node == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, parent.path("begunstigde"), parent.fouten(), BEGUNSTIGDE_FIELDS);
        String naam = fields.bankText("naam", true, BerekeningReader.NAME_MAX, BankText.NAME_MAX);
        Iban iban = iban(fields, "iban");
        return naam == null || iban == null ? null : new Begunstigde(naam, iban);
    }

    Iban iban(FieldReader fields, String field) {
        String text = fields.string(field, true, 34);
        if (text == null) {
            return null;
        }
        switch (Iban.check(text)) {
            case NONE -> {
                return new Iban(text);
            }
            case COUNTRY -> fields.fail(field, "IBAN_GEEN_SEPA", "Geen IBAN van een SEPA-land");
            case LENGTH -> fields.fail(field, "IBAN_ONGELDIG", "De lengte past niet bij het land");
            case CHECKSUM -> fields.fail(field, "IBAN_ONGELDIG", "Het controlegetal klopt niet (mod-97)");
            case FORMAT -> fields.fail(field, "IBAN_ONGELDIG",
                    "Verwacht een IBAN in hoofdletters zonder spaties, bijvoorbeeld NL91ABNA0417164300");
        }
        return null;
    }

    /** A reader for one element of a list, or null (with a violation) when the element is not an object. */
    private static FieldReader item(JsonNode node, String path, List<Fout> fouten, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            fouten.add(new Fout(path, "ONGELDIG_TYPE", "Verwacht een object"));
            return null;
        }
        return new FieldReader(node, path, fouten, allowed);
    }
}
