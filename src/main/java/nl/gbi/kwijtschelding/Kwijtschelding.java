package nl.gbi.kwijtschelding;

import java.time.Instant;

/**
 * A write-off as proposed and, once decided, as decided. {@code vierOgen}: it needed a second finance officer.
 * GOEDGEKEURD ones are booked in the ledger as a KWIJTSCHELDING of {@code bedragCents}.
 */
public record Kwijtschelding(long id, String dossierId, long bedragCents, Grond grond, String reden, String status,
                             String voorgesteldDoor, String voorgesteldNaam, Instant voorgesteldOp, String beslotenDoor,
                             String beslotenNaam, Instant beslotenOp, String afwijzingReden, boolean vierOgen) {

    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String GOEDGEKEURD = "GOEDGEKEURD";
    public static final String AFGEWEZEN = "AFGEWEZEN";
}
