package nl.gbi.batches;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.ControlCharacters;
import nl.gbi.domain.Fout;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;
import nl.gbi.sepa.pain001.CreditTransferPreparation;

/**
 * Whether one payment line can be carried in a pain.001 file, asked before it joins a batch: the same
 * preparation {@link BatchCreation} does (transliteration, amount limits, IBAN, EndToEndId), with a stand-in
 * sequence number, plus control characters, which the transliterator would silently turn into spaces and
 * PostgreSQL cannot store when it is U+0000. A betaalrun refuses the dossier of a line that cannot be carried,
 * so one record never makes the tenant's whole batch unofferable.
 *
 * <p>The sentences never quote the refused text: the run report is read by ops, who need not see a client's name.
 */
public final class PaymentLineCheck {

    /** The smallest sequence: the dossier id is then part of the stand-in EndToEndId whenever it can be at all. */
    private static final long STAND_IN_SEQ = 1;

    private PaymentLineCheck() {
    }

    /** Every reason {@code line} of tenant {@code tenantCode} cannot be carried; empty when it can. */
    public static List<Fout> problems(String tenantCode, PaymentLine line) {
        List<Fout> problems = new ArrayList<>();
        String what = line.soort().name();
        if (hasControlCharacter(line.creditorName())) {
            problems.add(new Fout("Cdtr/Nm", "CONTROL_CHARACTER",
                    what + ": de naam van de begunstigde bevat een stuurteken; corrigeer de naam in het dossier"));
        }
        if (hasControlCharacter(line.remittance())) {
            problems.add(new Fout("RmtInf/Ustrd", "CONTROL_CHARACTER",
                    what + ": de omschrijving (kenmerk) bevat een stuurteken; corrigeer het kenmerk in het dossier"));
        }
        String endToEndId;
        try {
            endToEndId = EndToEndId.of(tenantCode, line.periode(), STAND_IN_SEQ, line.dossierId()).value();
        } catch (IllegalArgumentException e) {
            problems.add(new Fout("PmtId/EndToEndId", FindingCode.IDENTIFIER.name(), what
                    + ": het dossiernummer of de periode past niet in een EndToEndId (1-20 tekens A-Z, a-z, 0-9, '-')"));
            return problems;
        }
        var prepared = CreditTransferPreparation.prepare(endToEndId, line.amount(), line.creditorName(),
                line.creditorIban(), line.remittance(), line.soort().clientOwnPayment());
        if (prepared instanceof CreditTransferPreparation.Result.Refused refused) {
            refused.findings().forEach(finding -> problems.add(fout(what, finding)));
        }
        return problems;
    }

    private static Fout fout(String what, Finding finding) {
        String sentence = switch (finding.code()) {
            case NAME_MEANINGLESS -> "de naam van de begunstigde houdt na transliteratie naar de SEPA-tekenset te weinig"
                    + " letters over; corrigeer de naam in het dossier";
            case LENGTH -> "de omschrijving houdt na transliteratie naar de SEPA-tekenset niets over";
            default -> finding.message();
        };
        return new Fout(finding.field(), finding.code().name(), what + ": " + sentence);
    }

    /** U+0000-U+001F and U+007F-U+009F, as intake refuses them. */
    static boolean hasControlCharacter(String text) {
        return ControlCharacters.containsAny(text);
    }
}
