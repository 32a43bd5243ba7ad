package nl.gbi.persistence;

/**
 * The rekening's reads: rows of one tenant (row-level security) for a list of dossiers up to a month, and the next
 * dossier ids for the afstemming. Every read goes through an index led by (tenant_id, dossier_id, periode); none adds
 * an amount (the ledger does, in Java).
 */
final class RekeningSql {

    private RekeningSql() {
    }

    /** Each month's latest version, the settled one, and the settled version's due (not released). */
    static final String ENTITLEMENTS = """
            SELECT l.dossier_id, l.periode, l.versie, l.settled_versie, r.due_cents
            FROM latest_berekeningen l
            LEFT JOIN resultaten r ON r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
                                  AND r.periode = l.periode AND r.versie = l.settled_versie AND NOT r.released
            WHERE l.dossier_id = ANY($1) AND l.periode <= $2
            ORDER BY l.dossier_id, l.periode""";

    static final String PAYMENTS = """
            SELECT dossier_id, seq, periode, soort, amount_cents, state, batch_id, end_to_end_id, creditor_iban,
                   corrects_seq
            FROM payments
            WHERE dossier_id = ANY($1) AND periode <= $2
            ORDER BY dossier_id, periode, seq""";

    static final String BOOKINGS = """
            SELECT dossier_id, periode, kind, cents, versie, voorschot_id
            FROM ledger_bookings
            WHERE dossier_id = ANY($1) AND periode <= $2 AND NOT released
            ORDER BY dossier_id, periode, booking_no""";

    static final String VOORSCHOTTEN = """
            SELECT dossier_id, id, periode, bedrag_cents, state, reden, batch_id
            FROM voorschotten
            WHERE dossier_id = ANY($1) AND periode <= $2
            ORDER BY dossier_id, periode, id""";

    /** The next dossier ids ($3 at most) from $1 on that have any row for a month up to $2. */
    static final String DOSSIERS = """
            SELECT dossier_id FROM (
                (SELECT DISTINCT dossier_id FROM latest_berekeningen WHERE dossier_id >= $1 AND periode <= $2
                 ORDER BY dossier_id LIMIT $3)
                UNION
                (SELECT DISTINCT dossier_id FROM payments WHERE dossier_id >= $1 AND periode <= $2
                 ORDER BY dossier_id LIMIT $3)
                UNION
                (SELECT DISTINCT dossier_id FROM ledger_bookings WHERE dossier_id >= $1 AND periode <= $2
                 ORDER BY dossier_id LIMIT $3)
                UNION
                (SELECT DISTINCT dossier_id FROM voorschotten WHERE dossier_id >= $1 AND periode <= $2
                 ORDER BY dossier_id LIMIT $3)
            ) d
            ORDER BY dossier_id
            LIMIT $3""";
}
