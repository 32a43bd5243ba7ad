package nl.gbi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.Inkomst;
import nl.gbi.domain.Kind;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Medebewoner;
import nl.gbi.domain.Persoon;
import nl.gbi.domain.Recht;
import nl.gbi.domain.Regeling;
import nl.gbi.domain.Verlaging;
import nl.gbi.domain.Woonsituatie;

/**
 * Turns one berekening in the contract's JSON into a {@link Berekening}, or into the complete list of what is
 * wrong with it. Never throws for bad content: every rule of the contract is a {@link Fout} with the path
 * of the offending field.
 */
public final class BerekeningReader {

    /** What reading one record gave: a valid berekening, or every violation found in it. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(Berekening berekening) implements Result {
    }

    /** {@code dossierId} is the submitted one when it could be read, else null. */
    public record Invalid(String dossierId, List<Fout> fouten) implements Result {
    }

    /** Reads one element of a list at the given path, adding violations to the list given. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, String path, List<Fout> fouten);
    }

    static final int DOSSIER_ID_MAX = 20;
    static final int NAME_MAX = 70;
    static final int TEXT_MAX = 140;
    /** No household or month has more than this many of anything; more is an error upstream. */
    static final int LIST_MAX = 100;

    private static final Set<String> ROOT_FIELDS = Set.of("dossierId", "periode", "regeling", "leefvorm",
            "aanvrager", "partner", "kinderen", "medebewoners", "woonsituatie", "recht", "inkomsten",
            "verlaging", "inhoudingen", "betaalrekening");
    private static final Set<String> RECHT_FIELDS = Set.of("ingangsdatum", "einddatum");
    private static final Set<String> VERLAGING_FIELDS = Set.of("percentage", "reden");

    private static final List<String> PARTNER_PAYMENT_FIELDS = List.of("betaalrekening", "betaalwijze");

    private final PartReader parts = new PartReader();

    public Result read(JsonNode node) {
        List<Fout> fouten = new ArrayList<>();
        if (node == null || !node.isObject()) {
            fouten.add(new Fout("", "ONGELDIG_TYPE", "Een berekening is een JSON-object"));
            return new Invalid(null, fouten);
        }
        FieldReader root = new FieldReader(node, "", fouten, ROOT_FIELDS);
        String dossierId = dossierId(root);
        YearMonth periode = root.period("periode", true);
        Regeling regeling = regeling(root);
        Leefvorm leefvorm = root.enumValue("leefvorm", true, Leefvorm.class);
        Persoon aanvrager = parts.persoon(root, "aanvrager", true);
        Persoon partner = partner(root, leefvorm);
        List<Kind> kinderen = list(root, "kinderen", parts::kind);
        List<Medebewoner> medebewoners = list(root, "medebewoners", parts::medebewoner);
        Woonsituatie woonsituatie = root.enumValue("woonsituatie", false, Woonsituatie.class);
        Recht recht = recht(root, periode);
        List<Inkomst> inkomsten = list(root, "inkomsten", (item, path, errors) -> parts.inkomst(item, path, errors, periode));
        Verlaging verlaging = verlaging(root);
        List<Inhouding> inhoudingen = list(root, "inhoudingen", parts::inhouding);
        Betaalrekening betaalrekening = betaalrekening(root);
        checkBirthDates(root, periode, aanvrager, partner);
        if (!fouten.isEmpty()) {
            return new Invalid(dossierId != null ? dossierId : submittedDossierId(node), List.copyOf(fouten));
        }
        return new Valid(new Berekening(dossierId, periode, regeling, leefvorm, aanvrager, partner, kinderen,
                medebewoners, woonsituatie == null ? Woonsituatie.ZELFSTANDIG : woonsituatie, recht, inkomsten,
                verlaging, inhoudingen, betaalrekening));
    }

    private static String dossierId(FieldReader root) {
        String id = root.string("dossierId", true, DOSSIER_ID_MAX);
        if (id != null && !isDossierIdCharset(id)) {
            root.fail("dossierId", "ONGELDIG_FORMAAT", "Alleen letters, cijfers en '-'");
            return null;
        }
        return id;
    }

    /** For the report of an invalid record: the dossierId as submitted, if it was text, cut to a sane length and made safe to repeat. */
    private static String submittedDossierId(JsonNode node) {
        JsonNode id = node.get("dossierId");
        if (id == null || !id.isTextual()) {
            return null;
        }
        return TextRules.echo(id.textValue(), 2 * DOSSIER_ID_MAX);
    }

    static boolean isDossierIdCharset(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static Regeling regeling(FieldReader root) {
        Regeling regeling = root.enumValue("regeling", true, Regeling.class);
        if (regeling != null && !regeling.isSupported()) {
            root.fail("regeling", "REGELING_NIET_ONDERSTEUND",
                    regeling + " wordt (nog) niet berekend: alleen PW wordt ondersteund");
        }
        return regeling;
    }

    private Persoon partner(FieldReader root, Leefvorm leefvorm) {
        if (leefvorm == Leefvorm.GEHUWDEN) {
            return parts.partner(root, "partner");
        }
        JsonNode partner = root.present("partner", false);
        if (partner != null && leefvorm != null) {
            root.fail("partner", "PARTNER_NIET_TOEGESTAAN", "Een partner hoort alleen bij leefvorm GEHUWDEN");
            // every offending field named: an account for a partner who is not there would pay a stranger half
            for (String field : PARTNER_PAYMENT_FIELDS) {
                if (partner.isObject() && partner.hasNonNull(field)) {
                    root.fail("partner." + field, "PARTNER_NIET_TOEGESTAAN", "Alleen een partner bij leefvorm GEHUWDEN heeft een "
                            + field);
                }
            }
        }
        return null;
    }

    private static <T> List<T> list(FieldReader root, String field, ItemReader<T> readItem) {
        JsonNode array = root.array(field);
        if (array == null) {
            return List.of();
        }
        if (array.size() > LIST_MAX) {
            root.fail(field, "TE_VEEL", "Ten hoogste " + LIST_MAX + " elementen");
            return List.of();
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            T item = readItem.read(array.get(i), root.path(field) + "[" + i + "]", root.fouten());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static Recht recht(FieldReader root, YearMonth periode) {
        JsonNode node = root.object("recht", true);
        if (node == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, root.path("recht"), root.fouten(), RECHT_FIELDS);
        LocalDate ingang = fields.date("ingangsdatum", true);
        LocalDate einde = fields.date("einddatum", false);
        if (ingang == null) {
            return null;
        }
        if (einde != null && einde.isBefore(ingang)) {
            fields.fail("einddatum", "EINDDATUM_VOOR_INGANGSDATUM", "De einddatum ligt voor de ingangsdatum");
            return null;
        }
        Recht recht = new Recht(ingang, einde);
        if (periode != null && !recht.overlaps(periode)) {
            root.fail("recht", "RECHT_BUITEN_PERIODE", "Het recht valt niet in periode " + periode);
        }
        return recht;
    }

    private static Verlaging verlaging(FieldReader root) {
        JsonNode node = root.object("verlaging", false);
        if (node == null) {
            return null;
        }
        FieldReader fields = new FieldReader(node, root.path("verlaging"), root.fouten(), VERLAGING_FIELDS);
        Integer percentage = fields.integer("percentage", true, 5, 100);
        String reden = fields.string("reden", true, TEXT_MAX);
        return percentage == null || reden == null ? null : new Verlaging(percentage, reden);
    }

    private Betaalrekening betaalrekening(FieldReader root) {
        return parts.betaalrekening(root, "betaalrekening", true);
    }

    /** Nobody in the household is born after the period ends: such a date is a typing error upstream. */
    private static void checkBirthDates(FieldReader root, YearMonth periode, Persoon aanvrager, Persoon partner) {
        if (periode == null) {
            return;
        }
        LocalDate end = periode.atEndOfMonth();
        if (aanvrager != null && aanvrager.geboortedatum().isAfter(end)) {
            root.fail("aanvrager.geboortedatum", "GEBOORTEDATUM_NA_PERIODE", "Geboren na afloop van de periode");
        }
        if (partner != null && partner.geboortedatum().isAfter(end)) {
            root.fail("partner.geboortedatum", "GEBOORTEDATUM_NA_PERIODE", "Geboren na afloop van de periode");
        }
    }
}
