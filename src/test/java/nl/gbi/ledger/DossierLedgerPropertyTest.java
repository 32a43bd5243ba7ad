package nl.gbi.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;

/**
 * The ledger on 2.000 random dossier histories of a year of monthly runs: months decided up to three months late,
 * corrections up and down, voorschotten, third-party parts, an end of the right. After every run every settled
 * month balances, nothing is negative, no line is paid twice, and what was paid equals Σ due − reserve + open
 * vorderingen (docs/ledger.md, "the year identity").
 */
class DossierLedgerPropertyTest {

    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final int HISTORIES = 2_000;

    @Test
    void everyMonthBalancesNothingIsNegativeAndNothingIsPaidTwice() {
        Random random = new Random(20261204L);
        for (int history = 0; history < HISTORIES; history++) {
            new History(random, history).live();
        }
    }

    private static final class History {

        private final Random random;
        private final int id;
        private final List<BookedPayment> payments = new ArrayList<>();
        private final List<LedgerBooking> bookings = new ArrayList<>();
        private final Set<String> lineKeys = new HashSet<>();
        /** Per month: its versions' results, latest last, and the version settled. */
        private final Map<YearMonth, List<Resultaat>> versions = new TreeMap<>();
        private final Map<YearMonth, Integer> settled = new HashMap<>();
        private final YearMonth end;
        /** A third of the histories is a couple paid in halves (Pw art. 45 lid 4): the ledger's own lines split too. */
        private final nl.gbi.domain.Betaalrekening partner;

        History(Random random, int id) {
            this.random = random;
            this.id = id;
            this.end = random.nextInt(4) == 0 ? JANUARY.plusMonths(3 + random.nextInt(9)) : null;
            this.partner = random.nextInt(3) == 0 ? new nl.gbi.domain.Betaalrekening(LedgerResults.LANDLORD, "P. Jansen") : null;
        }

        void live() {
            for (int run = 0; run < 12; run++) {
                YearMonth runPeriode = JANUARY.plusMonths(run);
                submit(runPeriode);
                settleRun(runPeriode);
                check(runPeriode);
            }
        }

        /** The case system's month: the run's own (or late: only later), a voorschot, corrections of earlier months. */
        private void submit(YearMonth runPeriode) {
            if (end != null && runPeriode.isAfter(end)) {
                correctSome(runPeriode);
                return;
            }
            int late = random.nextInt(6) == 0 ? 1 + random.nextInt(3) : 0;
            YearMonth decided = runPeriode.minusMonths(late);
            if (!versions.containsKey(decided) && !decided.isBefore(JANUARY)) {
                versions.put(decided, new ArrayList<>(List.of(result(decided))));
            }
            if (random.nextInt(5) == 0 && !versions.containsKey(runPeriode) && (end == null || !runPeriode.isAfter(end))) {
                payments.add(new BookedPayment(runPeriode, BetalingSoort.VOORSCHOT, 1 + random.nextInt(120_000), true, false));
            }
            correctSome(runPeriode);
        }

        private void correctSome(YearMonth runPeriode) {
            for (YearMonth month : versions.keySet()) {
                if (month.isBefore(runPeriode) && random.nextInt(8) == 0) {
                    versions.get(month).add(result(month));
                }
            }
        }

        private Resultaat result(YearMonth periode) {
            long incl = random.nextInt(10) == 0 ? 0 : 10_00 + random.nextInt(150_000);
            long reservering = incl * 8 / 108;
            long huur = random.nextInt(3) == 0 ? Math.min(incl - reservering, random.nextInt(60_000)) : 0;
            return LedgerResults.of(periode, incl, reservering, huur);
        }

        private void settleRun(YearMonth runPeriode) {
            DossierLedger ledger = new DossierLedger(payments, bookings, Month.JUNE, runPeriode);
            List<YearMonth> months = versions.keySet().stream().filter(m -> !m.isAfter(runPeriode))
                    .filter(m -> settled.get(m) == null || settled.get(m) != versions.get(m).size()).toList();
            for (YearMonth month : months) {
                int versie = versions.get(month).size();
                Integer live = settled.get(month);
                boolean rightEnded = end != null && end.isBefore(runPeriode.plusMonths(1)) && settled.containsKey(end)
                        && !month.equals(end);
                MonthToSettle toSettle = new MonthToSettle(month, versie, live, false, versions.get(month).get(versie - 1),
                        Money.ZERO, month.equals(end), LedgerResults.CLIENT, "J. Jansen", partner);
                MonthSettlement settlement = ledger.settle(toSettle, rightEnded);
                assertTrue(!settlement.waits(), "no batch is undecided here");
                for (LedgerLine line : settlement.lines()) {
                    assertTrue(lineKeys.add(line.periode() + "/" + line.soort() + "/" + line.lineNo()),
                            "history " + id + ": a line paid twice: " + line);
                    payments.add(new BookedPayment(line.periode(), line.soort(), line.cents(), true, false));
                }
                bookings.addAll(settlement.bookings());
                settled.put(month, versie);
            }
        }

        private void check(YearMonth runPeriode) {
            DossierLedger ledger = new DossierLedger(payments, bookings, Month.JUNE, runPeriode);
            long due = 0;
            for (var month : versions.entrySet()) {
                if (month.getKey().isAfter(runPeriode)) {
                    continue;
                }
                Resultaat latest = month.getValue().get(month.getValue().size() - 1);
                MonthAccount account = ledger.account("D-" + id, month.getKey(), settled.get(month.getKey()),
                        latest.uitkeringInclVakantiegeld().cents());
                assertTrue(account.balances(), "history " + id + " after " + runPeriode + ": " + account);
                due += latest.uitkeringInclVakantiegeld().cents();
            }
            // A voorschot for a month never decided is owed back only once it is denied: count it as paid for its month.
            long undecidedVoorschotten = payments.stream().filter(p -> p.soort() == BetalingSoort.VOORSCHOT)
                    .filter(p -> !versions.containsKey(p.periode()) || p.periode().isAfter(runPeriode))
                    .mapToLong(BookedPayment::cents).sum();
            long reserve = ledger.reserveCents();
            long open = ledger.openVorderingenCents();
            assertTrue(reserve >= 0, "history " + id + ": reserve " + reserve);
            assertTrue(open >= 0, "history " + id + ": open vorderingen " + open);
            long paid = payments.stream().filter(BookedPayment::counts).mapToLong(BookedPayment::cents).sum();
            assertEquals(due - reserve + open + undecidedVoorschotten, paid,
                    "history " + id + " after " + runPeriode + ": paid = Σ due − reserve + open vorderingen");
        }
    }
}
