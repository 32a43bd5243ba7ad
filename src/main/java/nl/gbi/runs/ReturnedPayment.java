package nl.gbi.runs;

import java.time.YearMonth;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/**
 * A payment the bank returned or rejected that has no live correction yet, with what the store knows of its
 * dossier now.
 *
 * @param blockLifted   a block of this IBAN for the dossier was lifted after the payment was made (a newer
 *                      berekening carries another IBAN) and none is active
 * @param stoppedCode   the reason code the dossier was stopped with (MD07), or null
 * @param currentIban   the IBAN of the dossier's latest berekening (latest period, latest version), or null
 * @param currentName   its tenaamstelling, or null
 * @param currentBlocked that IBAN is blocked for the dossier too
 */
public record ReturnedPayment(long seq, String dossierId, YearMonth periode, BetalingSoort soort, Money amount,
                              Iban creditorIban, String creditorName, String remittance, String endToEndId,
                              String reasonCode, boolean blockLifted, String stoppedCode, String currentIban,
                              String currentName, boolean currentBlocked) {
}
