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
 * @param afhandeling   a person's decision on it (docs/werkvoorraad.md): {@code BUITEN_ENGINE} (settled outside the
 *                      engine), {@code VRIJGEGEVEN} (released after a compliance review: pay it again), or null
 */
public record ReturnedPayment(long seq, String dossierId, YearMonth periode, BetalingSoort soort, Money amount,
                              Iban creditorIban, String creditorName, String remittance, String endToEndId,
                              String reasonCode, boolean blockLifted, String stoppedCode, String currentIban,
                              String currentName, boolean currentBlocked, String afhandeling) {

    public static final String BUITEN_ENGINE = "BUITEN_ENGINE";
    public static final String VRIJGEGEVEN = "VRIJGEGEVEN";

    /** Without a person's decision. */
    public ReturnedPayment(long seq, String dossierId, YearMonth periode, BetalingSoort soort, Money amount,
                           Iban creditorIban, String creditorName, String remittance, String endToEndId,
                           String reasonCode, boolean blockLifted, String stoppedCode, String currentIban,
                           String currentName, boolean currentBlocked) {
        this(seq, dossierId, periode, soort, amount, creditorIban, creditorName, remittance, endToEndId, reasonCode,
                blockLifted, stoppedCode, currentIban, currentName, currentBlocked, null);
    }
}
