package nl.gbi.batches;

import java.time.YearMonth;
import nl.gbi.domain.Money;
import nl.gbi.domain.BetalingSoort;

/** One payment of a batch as officers see it; the IBAN is masked. */
public record PaymentView(long seq, String endToEndId, String dossierId, YearMonth periode, BetalingSoort soort,
                          Money amount, String creditorIbanMasked, String creditorName, String state,
                          String reasonCode) {
}
