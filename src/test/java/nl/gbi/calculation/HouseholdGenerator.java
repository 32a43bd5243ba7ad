package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.InkomstSoort;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Vrijlating;

/**
 * Deterministic (seeded) realistic berekeningen for property tests and the benchmark: mostly alleenstaanden,
 * a quarter couples, some kostendelers, a third with income (arbeid with a vrijlating in its duration), some
 * verlagingen, rent paid to the landlord, beslag and aflossing, rights and birthdays that split the month.
 * All in periods 2025-07 to 2026-12, where the table holds every value.
 */
public final class HouseholdGenerator {

    private static final YearMonth FIRST = YearMonth.of(2025, 7);
    private static final int MONTHS = 18;
    private static final int[] VERLAGINGEN = {5, 30, 100};

    private final Random random;

    public HouseholdGenerator(long seed) {
        random = new Random(seed);
    }

    public List<Berekening> generate(int count) {
        List<Berekening> berekeningen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            berekeningen.add(next().build());
        }
        return berekeningen;
    }

    public TestBerekening next() {
        YearMonth periode = FIRST.plusMonths(random.nextInt(MONTHS));
        LocalDate peildatum = periode.atDay(1);
        int kind = random.nextInt(100);
        TestBerekening b = kind < 25 ? TestBerekening.gehuwden(birth(peildatum, false), birth(peildatum, false)) : TestBerekening.alleenstaande()
                .geboren(birth(peildatum, true).toString());
        b.periode(periode.toString());
        boolean ouder = kind >= 25 && kind < 45;
        if (ouder) {
            b.leefvorm(Leefvorm.ALLEENSTAANDE_OUDER).kind(peildatum.minusYears(1 + random.nextInt(10)).minusDays(random.nextInt(300)).toString());
        }
        addMedebewoners(b, peildatum);
        addRecht(b, periode);
        addInkomsten(b, periode, ouder);
        if (random.nextInt(100) < 5) {
            b.verlaging(VERLAGINGEN[random.nextInt(VERLAGINGEN.length)]);
        }
        addInhoudingen(b);
        return b;
    }

    /**
     * Mostly 21 to AOW-leeftijd; a few at AOW-leeftijd and, when {@code young}, a few turning 21 this month (not for
     * couples: with kostendelers that combination is refused by design).
     */
    private LocalDate birth(LocalDate peildatum, boolean young) {
        int band = random.nextInt(100);
        if (young && band < 3) {
            return peildatum.minusYears(21).plusDays(random.nextInt(28));
        }
        if (band < 8) {
            return peildatum.minusYears(67 + random.nextInt(10)).minusDays(random.nextInt(365));
        }
        return peildatum.minusYears(22 + random.nextInt(44)).minusDays(random.nextInt(365));
    }

    private void addMedebewoners(TestBerekening b, LocalDate peildatum) {
        int roll = random.nextInt(100);
        int count = roll < 70 ? 0 : roll < 90 ? 1 : 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            b.medebewoner(peildatum.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365)).toString(),
                    random.nextInt(10) == 0, random.nextInt(10) == 0);
        }
    }

    private void addRecht(TestBerekening b, YearMonth periode) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            b.recht(periode.atDay(1 + random.nextInt(periode.lengthOfMonth())).toString(), null);
        } else if (roll < 10) {
            b.recht("2023-01-01", periode.atDay(1 + random.nextInt(periode.lengthOfMonth())).toString());
        }
    }

    private void addInkomsten(TestBerekening b, YearMonth periode, boolean ouder) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            Vrijlating vrijlating = ouder && random.nextBoolean() ? Vrijlating.ART31_2_R : Vrijlating.ART31_2_Y;
            int duur = vrijlating == Vrijlating.ART31_2_R ? 30 : 120;
            b.inkomst(InkomstSoort.ARBEID, 5000 + random.nextInt(150000), vrijlating, periode.minusMonths(random.nextInt(duur)).toString());
        } else if (roll < 25) {
            b.inkomst(InkomstSoort.ARBEID, 5000 + random.nextInt(150000), null, null);
        } else if (roll < 35) {
            b.inkomst(random.nextBoolean() ? InkomstSoort.UITKERING : InkomstSoort.OVERIG, random.nextInt(120000), null, null);
        }
    }

    private void addInhoudingen(TestBerekening b) {
        if (random.nextInt(100) < 40) {
            b.inhouding(InhoudingSoort.HUUR, 40000 + random.nextInt(60000));
        }
        if (random.nextInt(100) < 20) {
            b.inhouding(InhoudingSoort.ZORGVERZEKERING, 12000 + random.nextInt(6000));
        }
        if (random.nextInt(100) < 10) {
            b.inhouding(InhoudingSoort.BESLAG, 2000 + random.nextInt(20000));
        }
        if (random.nextInt(100) < 10) {
            b.inhouding(InhoudingSoort.AFLOSSING, 1000 + random.nextInt(10000));
        }
    }
}
