package nl.gbi.rails;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gbi.domain.SafetyRailSettings;

/**
 * The rails a batch passes before approval (docs/approval.md, "Safety rails"). Each rule gives findings with a code
 * that is the same every time the same batch is checked, so the approver can acknowledge what the page showed:
 * <ul>
 * <li>{@code AFWIJKING.<SOORT>}: count or total of a payment kind changed more than the tenant's percentage against
 * its previous regular batch (a kind that appears or disappears changes by 100%);</li>
 * <li>{@code BOVEN_NORM}: payments above the tenant's multiple of the highest norm of their month;
 * {@code NORM_ONBEKEND}: a month the parameter table does not know;</li>
 * <li>{@code IBAN_VEEL_DOSSIERS.<masked IBAN>}: more dossiers than the tenant allows pay to one account that is not a known
 * third party;</li>
 * <li>{@code DUBBEL_BETAALD} (blocking): a dossier's benefit of a month that another regular batch pays too;</li>
 * <li>{@code UITVOERDATUM_VERSCHOVEN}: the execution date is not the one the batch asked for;
 * {@code UITVOERDATUM_VERSTREKEN} (blocking): the file's execution date has passed.</li>
 * </ul>
 */
public final class SafetyRails {

    public static final String CHANGE = "AFWIJKING";
    public static final String ABOVE_NORM = "BOVEN_NORM";
    public static final String NORM_UNKNOWN = "NORM_ONBEKEND";
    public static final String MANY_DOSSIERS = "IBAN_VEEL_DOSSIERS";
    public static final String PAID_TWICE = "DUBBEL_BETAALD";
    public static final String DATE_MOVED = "UITVOERDATUM_VERSCHOVEN";
    public static final String DATE_PASSED = "UITVOERDATUM_VERSTREKEN";
    /** How many examples a finding about many payments names. */
    public static final int EXAMPLES_MAX = 5;
    /** How many accounts paid from many dossiers get a finding of their own; the rest share {@code .OVERIG}. */
    public static final int ACCOUNTS_NAMED_MAX = 20;

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", NL);

    private SafetyRails() {
    }

    public static List<RailFinding> check(RailFacts facts, SafetyRailSettings settings) {
        List<RailFinding> findings = new ArrayList<>();
        facts.previous().ifPresent(previous -> findings.addAll(changes(facts.lines(), previous, settings)));
        findings.addAll(aboveNorm(facts, settings));
        findings.addAll(manyDossiers(facts.lines(), settings));
        findings.addAll(paidTwice(facts.paidElsewhere()));
        findings.addAll(dates(facts));
        return List.copyOf(findings);
    }

    private static List<RailFinding> changes(List<RailLine> lines, RailFacts.Previous previous,
            SafetyRailSettings settings) {
        Map<String, long[]> now = perKind(lines);
        Map<String, long[]> before = perKind(previous.lines());
        Set<String> kinds = new TreeSet<>(now.keySet());
        kinds.addAll(before.keySet());
        List<RailFinding> findings = new ArrayList<>();
        for (String kind : kinds) {
            long[] n = now.getOrDefault(kind, new long[2]);
            long[] b = before.getOrDefault(kind, new long[2]);
            if (beyond(n[0], b[0], settings.changePercentMax()) || beyond(n[1], b[1], settings.changePercentMax())) {
                findings.add(new RailFinding(CHANGE + "." + kind, kind + ": " + count(n[0]) + " betalingen, "
                        + euros(n[1]) + " tegen " + count(b[0]) + " betalingen, " + euros(b[1]) + " in batch "
                        + previous.batchId() + " (aantal " + percent(n[0], b[0]) + ", totaal " + percent(n[1], b[1])
                        + "; drempel " + settings.changePercentMax() + "%)", false));
            }
        }
        return findings;
    }

    /** {count, total cents} per payment kind. */
    private static Map<String, long[]> perKind(List<RailLine> lines) {
        Map<String, long[]> totals = new TreeMap<>();
        for (RailLine line : lines) {
            long[] t = totals.computeIfAbsent(line.soort(), k -> new long[2]);
            t[0]++;
            t[1] = Math.addExact(t[1], line.amountCents());
        }
        return totals;
    }

    /** True when {@code now} differs from {@code before} by more than {@code percentMax} percent of it. */
    static boolean beyond(long now, long before, int percentMax) {
        if (before == 0) {
            return now != 0;
        }
        return BigDecimal.valueOf(Math.abs(now - before)).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(before).multiply(BigDecimal.valueOf(percentMax))) > 0;
    }

    private static String percent(long now, long before) {
        if (before == 0) {
            return now == 0 ? "gelijk" : "nieuw";
        }
        BigDecimal change = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : "") + String.format(NL, "%,.1f", change) + "%";
    }

    private static List<RailFinding> aboveNorm(RailFacts facts, SafetyRailSettings settings) {
        List<String> above = new ArrayList<>();
        int aboveCount = 0;
        Set<YearMonth> unknown = new TreeSet<>();
        for (RailLine line : facts.lines()) {
            Long norm = facts.normCents().get(line.periode());
            if (norm == null) {
                unknown.add(line.periode());
            } else if (line.amountCents() > Math.multiplyExact(norm, (long) settings.normMultiple())) {
                aboveCount++;
                if (above.size() < EXAMPLES_MAX) {
                    above.add("dossier " + line.dossierId() + " " + line.soort() + " " + line.periode().format(MONTH)
                            + " " + euros(line.amountCents()) + " (norm " + euros(norm) + ")");
                }
            }
        }
        List<RailFinding> findings = new ArrayList<>();
        if (aboveCount > 0) {
            findings.add(new RailFinding(ABOVE_NORM, count(aboveCount) + (aboveCount == 1 ? " betaling is" : " betalingen zijn")
                    + " hoger dan " + settings.normMultiple() + " × de hoogste norm van de maand: "
                    + String.join("; ", above) + (aboveCount > above.size() ? "; …" : ""), false));
        }
        if (!unknown.isEmpty()) {
            findings.add(new RailFinding(NORM_UNKNOWN, "Geen norm bekend voor " + unknown.stream()
                    .map(m -> m.format(MONTH)).toList() + "; de betalingen van die maanden zijn niet aan de norm getoetst",
                    false));
        }
        return findings;
    }

    private static List<RailFinding> manyDossiers(List<RailLine> lines, SafetyRailSettings settings) {
        Map<String, Set<String>> dossiers = new TreeMap<>();
        for (RailLine line : lines) {
            if (!settings.knownThirdPartyIbans().contains(line.creditorIban())) {
                dossiers.computeIfAbsent(line.creditorIban(), k -> new HashSet<>()).add(line.dossierId());
            }
        }
        List<RailFinding> findings = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> others = new ArrayList<>();
        dossiers.forEach((iban, who) -> {
            if (who.size() > settings.dossiersPerIbanMax() && findings.size() == ACCOUNTS_NAMED_MAX) {
                others.add(masked(iban) + " (" + count(who.size()) + ")");
            } else if (who.size() > settings.dossiersPerIbanMax()) {
                String code = MANY_DOSSIERS + "." + masked(iban);
                for (int n = 2; !codes.add(code); n++) {
                    code = MANY_DOSSIERS + "." + masked(iban) + "-" + n;
                }
                findings.add(new RailFinding(code, count(who.size()) + " dossiers betalen aan " + masked(iban)
                        + ", dat geen bekende derde van de gemeente is (drempel " + settings.dossiersPerIbanMax() + ")",
                        false));
            }
        });
        if (!others.isEmpty()) {
            findings.add(new RailFinding(MANY_DOSSIERS + ".OVERIG", count(others.size()) + " rekeningen meer krijgen van meer"
                    + " dan " + settings.dossiersPerIbanMax() + " dossiers: " + String.join(", ", others.subList(0,
                    Math.min(others.size(), EXAMPLES_MAX))) + (others.size() > EXAMPLES_MAX ? ", …" : ""), false));
        }
        return findings;
    }

    /** As the payments' page shows an account: country, check digits and the last four characters. */
    static String masked(String iban) {
        return iban.length() <= 8 ? iban : iban.substring(0, 4) + "*".repeat(iban.length() - 8)
                + iban.substring(iban.length() - 4);
    }

    private static List<RailFinding> paidTwice(List<PaidElsewhere> twice) {
        if (twice.isEmpty()) {
            return List.of();
        }
        List<String> examples = twice.stream().limit(EXAMPLES_MAX).map(p -> "dossier " + p.dossierId() + " "
                + p.periode().format(MONTH) + " ook in batch " + p.batchId()).toList();
        return List.of(new RailFinding(PAID_TWICE, count(twice.size()) + " keer betaalt deze batch de uitkering van een"
                + " maand die een andere batch al betaalt: " + String.join("; ", examples)
                + (twice.size() > examples.size() ? "; …" : "") + ". Wijs de batch af", true));
    }

    private static List<RailFinding> dates(RailFacts facts) {
        List<RailFinding> findings = new ArrayList<>();
        if (facts.wantedExecutionDate() != null && !facts.wantedExecutionDate().equals(facts.executionDate())) {
            findings.add(new RailFinding(DATE_MOVED, "Uitvoerdatum " + facts.executionDate().format(DATE) + " in plaats van "
                    + facts.wantedExecutionDate().format(DATE) + ": de gewenste datum was al voorbij", false));
        }
        if (facts.executionDate().isBefore(facts.today())) {
            findings.add(new RailFinding(DATE_PASSED, "De uitvoerdatum in het bestand, " + facts.executionDate().format(DATE)
                    + ", is voorbij. Wijs de batch af; de volgende betaalrun betaalt de betalingen opnieuw", true));
        }
        return findings;
    }

    static String euros(long cents) {
        return "€ " + String.format(NL, "%,.2f", BigDecimal.valueOf(cents, 2));
    }

    private static String count(long n) {
        return String.format(NL, "%,d", n);
    }
}
