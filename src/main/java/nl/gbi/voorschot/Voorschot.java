package nl.gbi.voorschot;

import java.time.YearMonth;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/**
 * A stored voorschot with where its payment stands.
 *
 * @param state TOEGEKEND or AFGEWEZEN
 * @param batchId the batch that pays it; null while its batch is being made (or when making it failed)
 * @param lineNo its ordinal among the voorschotten of its dossier and periode: the payment's line_no
 * @param batchState the state of its batch, or null
 * @param paymentState the state of its payment (PLANNED … RELEASED), or null when no payment exists
 * @param vorderingCents what its denial booked as VORDERING (0 when nothing or not denied)
 */
public record Voorschot(String id, String dossierId, YearMonth periode, String reden, Money bedrag, Iban iban,
                        String tenaamstelling, String state, boolean instant, String idempotencyKey, Integer lineNo,
                        Long batchId, String batchState, String paymentState, String afwijzingReden,
                        long vorderingCents) {

    public static final String TOEGEKEND = "TOEGEKEND";
    public static final String AFGEWEZEN = "AFGEWEZEN";
}
