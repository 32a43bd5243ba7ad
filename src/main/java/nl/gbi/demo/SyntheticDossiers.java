package nl.gbi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gbi.domain.Tenant;
import nl.gbi.json.Json;

/**
 * Realistic synthetic berekeningen in the contract's JSON, the same for the same seed: single people,
 * single parents and couples of all age bands, kostendelers (and students who do not count), work income
 * with its vrijlating, other income, sanctions the tenant allows, rent paid to housing corporations, health
 * insurance, beslag and aflossing. Every BSN passes the elfproef and every IBAN is mod-97 valid, but none
 * is real. Names carry the diacritics the SEPA transliteration must handle.
 */
public final class SyntheticDossiers {

    private static final List<String> FIRST_NAMES = List.of("Renée", "Jan", "Fatima", "Ömer", "Łukasz", "Søren", "Zoë",
            "François", "Jürgen", "Ayşe", "Mohammed", "Anna", "Ingrid", "Sanne", "Kees", "Dilara", "Piotr", "Chloë",
            "Mehmet", "Yara", "Bram", "Noëlle", "Åsa", "Thijs");
    private static final List<String> SURNAMES = List.of("de Vries", "Jansen", "Bakker", "Yılmaz", "Kowalski", "Müller",
            "van den Berg", "El Amrani", "Nguyen", "Øvergaard", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "Dijkstra", "Şahin", "Wiśniewska", "Bouzidi", "van Dijk", "Kramer", "Peeters");
    private static final List<String> LANDLORDS = List.of("Woonstichting De Key", "Lefier", "Portaal", "Eigen Haard",
            "Ymere", "Mitros", "Woonbedrijf", "Woonzorg Nederland", "Havensteder", "Vidomes");
    private static final List<String> INSURERS = List.of("Zilveren Kruis", "CZ", "Menzis", "VGZ", "DSW");
    private static final List<String> BANKS = List.of("ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ");

    private final Random random;

    public SyntheticDossiers(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} berekeningen of {@code tenant} for {@code periode}, dossier ids {@code GMxxxx-0000001…}. */
    public List<ObjectNode> forTenant(Tenant tenant, YearMonth periode, int count) {
        List<ObjectNode> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            records.add(berekening(tenant, periode, String.format("%s-%07d", tenant.gemeentecode(), i)));
        }
        return records;
    }

    /** One berekening of {@code tenant} for {@code periode} with the given dossierId; the next of this generator. */
    public ObjectNode berekening(Tenant tenant, YearMonth periode, String dossierId) {
        LocalDate peildatum = periode.atDay(1);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("dossierId", dossierId).put("periode", periode.toString()).put("regeling", "PW");
        int roll = random.nextInt(100);
        String leefvorm = roll < 58 ? "ALLEENSTAANDE" : roll < 80 ? "ALLEENSTAANDE_OUDER" : "GEHUWDEN";
        node.put("leefvorm", leefvorm);
        LocalDate born = birthDate(peildatum);
        String surname = pick(SURNAMES);
        node.set("aanvrager", persoon(pick(FIRST_NAMES) + " " + surname, born));
        boolean young = age(born, peildatum) < 21;
        if (leefvorm.equals("GEHUWDEN")) {
            LocalDate partnerBorn = young ? born.minusMonths(random.nextInt(12)) : adultNear(born, peildatum);
            node.set("partner", persoon(pick(FIRST_NAMES) + " " + surname, partnerBorn));
        } else {
            node.putNull("partner");
        }
        ArrayNode kinderen = node.putArray("kinderen");
        boolean parent = leefvorm.equals("ALLEENSTAANDE_OUDER") || (leefvorm.equals("GEHUWDEN") && random.nextBoolean());
        for (int k = parent ? 1 + random.nextInt(3) : 0; k > 0; k--) {
            kinderen.addObject().put("geboortedatum", peildatum.minusDays(random.nextInt(17 * 365)).toString());
        }
        boolean inrichting = random.nextInt(100) == 0 && !leefvorm.equals("ALLEENSTAANDE_OUDER");
        node.put("woonsituatie", inrichting ? "INRICHTING" : "ZELFSTANDIG");
        ArrayNode medebewoners = node.putArray("medebewoners");
        if (!inrichting && !young && !leefvorm.equals("GEHUWDEN") && random.nextInt(100) < 16) {
            for (int m = 1 + random.nextInt(2); m > 0; m--) {
                medebewoners.addObject().put("geboortedatum", peildatum.minusYears(19 + random.nextInt(50))
                                .minusDays(random.nextInt(365)).toString())
                        .put("student", random.nextInt(5) == 0).put("commercieleHuur", random.nextInt(10) == 0);
            }
        }
        node.set("recht", recht(born, peildatum, periode));
        node.set("inkomsten", inkomsten(leefvorm, kinderen, periode, age(born, peildatum)));
        verlaging(node, tenant);
        node.set("inhoudingen", inhoudingen(inrichting));
        node.putObject("betaalrekening").put("iban", iban(pick(BANKS))).put("tenaamstelling",
                ((ObjectNode) node.get("aanvrager")).get("naam").textValue().charAt(0) + " " + surname);
        return node;
    }

    private LocalDate birthDate(LocalDate peildatum) {
        int roll = random.nextInt(100);
        int years = roll < 5 ? 18 + random.nextInt(3) : roll < 97 ? 21 + random.nextInt(46) : 67 + random.nextInt(10);
        return peildatum.minusYears(years).minusDays(random.nextInt(365));
    }

    private LocalDate adultNear(LocalDate born, LocalDate peildatum) {
        LocalDate partner = born.plusYears(random.nextInt(11) - 5).plusDays(random.nextInt(365));
        return age(partner, peildatum) < 21 ? peildatum.minusYears(21 + random.nextInt(5)) : partner;
    }

    private ObjectNode recht(LocalDate born, LocalDate peildatum, YearMonth periode) {
        LocalDate adult = born.plusYears(18);
        int roll = random.nextInt(100);
        LocalDate ingang = roll < 4 ? periode.atDay(1 + random.nextInt(periode.lengthOfMonth()))
                : peildatum.minusMonths(1 + random.nextInt(60));
        ingang = ingang.isBefore(adult) ? adult : ingang;
        ObjectNode recht = Json.MAPPER.createObjectNode().put("ingangsdatum", ingang.toString());
        LocalDate einde = periode.atDay(1 + random.nextInt(periode.lengthOfMonth()));
        if (roll >= 97 && !einde.isBefore(ingang)) {
            recht.put("einddatum", einde.toString());
        } else {
            recht.putNull("einddatum");
        }
        return recht;
    }

    private ArrayNode inkomsten(String leefvorm, ArrayNode kinderen, YearMonth periode, int age) {
        ArrayNode inkomsten = Json.MAPPER.createArrayNode();
        int roll = random.nextInt(100);
        if (roll < 22 && age < 67) {
            ObjectNode arbeid = inkomsten.addObject().put("soort", "ARBEID").put("nettoBedrag", euros(150, 950));
            boolean youngChild = false;
            for (JsonNode kind : kinderen) {
                youngChild |= LocalDate.parse(kind.get("geboortedatum").textValue()).plusYears(12).isAfter(periode.atDay(1));
            }
            if (leefvorm.equals("ALLEENSTAANDE_OUDER") && youngChild && random.nextBoolean()) {
                arbeid.put("vrijlating", "ART31_2_R").put("vrijlatingSinds", periode.minusMonths(random.nextInt(30)).toString());
            } else if (random.nextBoolean()) {
                arbeid.put("vrijlating", "ART31_2_N").put("vrijlatingSinds", periode.minusMonths(random.nextInt(6)).toString());
            }
        } else if (roll < 30) {
            inkomsten.addObject().put("soort", random.nextBoolean() ? "UITKERING" : "OVERIG").put("nettoBedrag", euros(25, 400));
        }
        return inkomsten;
    }

    private void verlaging(ObjectNode node, Tenant tenant) {
        if (random.nextInt(100) >= 3) {
            node.putNull("verlaging");
            return;
        }
        List<Integer> allowed = tenant.allowedVerlagingPercentages().stream().sorted().toList();
        int percentage = allowed.get(random.nextInt(Math.max(1, allowed.size() - 1)));
        node.putObject("verlaging").put("percentage", percentage).put("reden", "maatregel afstemmingsverordening");
    }

    private ArrayNode inhoudingen(boolean inrichting) {
        ArrayNode inhoudingen = Json.MAPPER.createArrayNode();
        if (!inrichting && random.nextInt(100) < 32) {
            inhoudingen.addObject().put("soort", "HUUR").put("bedrag", euros(380, 760)).put("kenmerk", "huur")
                    .set("begunstigde", begunstigde(pick(LANDLORDS)));
        }
        if (random.nextInt(100) < 18) {
            inhoudingen.addObject().put("soort", "ZORGVERZEKERING").put("bedrag", euros(130, 165)).put("kenmerk", "premie")
                    .set("begunstigde", begunstigde(pick(INSURERS)));
        }
        if (random.nextInt(100) < 5) {
            inhoudingen.addObject().put("soort", "BESLAG").put("bedrag", euros(40, 180)).put("kenmerk", "beslag")
                    .set("begunstigde", begunstigde("Gerechtsdeurwaarders " + pick(SURNAMES)));
        }
        if (random.nextInt(100) < 5) {
            inhoudingen.addObject().put("soort", "AFLOSSING").put("bedrag", euros(15, 60)).put("kenmerk", "terugvordering");
        }
        return inhoudingen;
    }

    private ObjectNode begunstigde(String naam) {
        return Json.MAPPER.createObjectNode().put("naam", naam).put("iban", iban(pick(BANKS)));
    }

    private ObjectNode persoon(String naam, LocalDate born) {
        return Json.MAPPER.createObjectNode().put("bsn", bsn()).put("naam", naam).put("geboortedatum", born.toString());
    }

    /** Nine digits passing the elfproef (weights 9..2, -1), never starting with 0. */
    String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + random.nextInt(9);
            for (int i = 0; i < 8; i++) {
                digits[i] = i == 0 ? digits[0] : random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last <= 9) {
                digits[8] = last;
                StringBuilder text = new StringBuilder(9);
                for (int digit : digits) {
                    text.append(digit);
                }
                return text.toString();
            }
        }
    }

    /** A Dutch IBAN with a random 10-digit account at {@code bank}, check digits by ISO 13616 mod-97. */
    String iban(String bank) {
        StringBuilder account = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            account.append(random.nextInt(10));
        }
        String bban = bank + account;
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            numeric.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("NL%02d%s", check, bban);
    }

    private BigDecimal euros(int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int age(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears();
    }
}
