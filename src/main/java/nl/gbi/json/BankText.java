package nl.gbi.json;

import java.util.Optional;
import nl.gbi.sepa.Transliteration;
import nl.gbi.sepa.Transliterator;

/**
 * Texts of a berekening that end up in a pain.001, as the bank will see them. Uses the SEPA writer's own
 * {@link Transliterator}, so that what intake accepts is exactly what the writer can carry: the
 * tenaamstelling and a begunstigde's naam become {@code Cdtr/Nm} (70), an inhouding's kenmerk starts the
 * {@code RmtInf/Ustrd} (140). The only import of the SEPA adapter in this package (JsonLayeringTest).
 */
public final class BankText {

    /** {@code Cdtr/Nm}: CreditTransfer.NAME_LENGTH_MAX (a test keeps the two equal). */
    public static final int NAME_MAX = 70;
    /** {@code RmtInf/Ustrd}: CreditTransfer.USTRD_LENGTH_MAX. */
    public static final int REMITTANCE_MAX = 140;

    private BankText() {
    }

    /** The name as the bank will see it (transliterated and cut to 70), or empty when it cannot be sent. */
    public static Optional<String> name(String raw) {
        return raw == null ? Optional.empty() : carried(Transliterator.transliterate(raw, NAME_MAX));
    }

    /** Why {@code raw} cannot be sent in a field of {@code lengthMax}, in Dutch for the case system; null when it can. */
    static String refusal(String raw, int lengthMax) {
        if (Transliterator.transliterate(raw, lengthMax) instanceof Transliteration.Meaningless meaningless) {
            if (meaningless.lettersGiven() == 0) {
                return "De bank kan deze tekst niet ontvangen: er staat geen letter of cijfer in";
            }
            return "De bank kan deze tekst niet ontvangen: na omzetting naar de SEPA-tekenset blijven "
                    + meaningless.lettersKept() + " van de " + meaningless.lettersGiven()
                    + " letters en cijfers over. Schrijf de tekst in Latijnse letters";
        }
        return null;
    }

    private static Optional<String> carried(Transliteration result) {
        return result instanceof Transliteration.Text text ? Optional.of(text.value()) : Optional.empty();
    }
}
