package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The afstemming (reconciliation, docs/rekening.md): the months of a dossier up to a period whose ledger does not
 * balance. A month whose latest version is not the settled one is {@code NIET_VERREKEND}; a settled month (or a month
 * without berekening) where paid + reserved + offset − vordering ≠ due is {@code VERSCHIL}. A month without berekening
 * that has a voorschot not denied waits for its berekening or the denial and is not a difference.
 */
public final class Afstemming {

    public enum Reason { VERSCHIL, NIET_VERREKEND }

    /** One month that does not balance, with its version numbers and amounts. */
    public record Afwijking(Reason reason, MonthAccount account, Integer versie, Integer settledVersie) {
    }

    private Afstemming() {
    }

    /** The months of {@code rekening} up to and including {@code periode} that do not balance, in month order. */
    public static List<Afwijking> of(Dossierrekening rekening, YearMonth periode) {
        List<Afwijking> found = new ArrayList<>();
        for (Dossierrekening.Month month : rekening.months()) {
            if (month.account().periode().isAfter(periode)) {
                break;
            }
            Integer versie = month.entitlement() == null ? null : month.entitlement().versie();
            Integer settled = month.entitlement() == null ? null : month.entitlement().settledVersie();
            if (month.unsettledVersion()) {
                found.add(new Afwijking(Reason.NIET_VERREKEND, month.account(), versie, settled));
            } else if (!month.account().balances() && !month.awaitsBerekening()) {
                found.add(new Afwijking(Reason.VERSCHIL, month.account(), versie, settled));
            }
        }
        return found;
    }
}
