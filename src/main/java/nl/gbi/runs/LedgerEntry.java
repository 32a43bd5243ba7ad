package nl.gbi.runs;

import java.time.YearMonth;
import nl.gbi.domain.Money;

/** The latest vakantiegeld booking of a dossier up to the run's period (participatiewet.md §6). */
public record LedgerEntry(String dossierId, YearMonth periode, Money reservation, Money balance, Money payout) {
}
