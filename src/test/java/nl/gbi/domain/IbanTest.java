package nl.gbi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void eachProblemIsNamed() {
        assertEquals(Iban.Problem.NONE, Iban.check("NL91ABNA0417164300"));
        assertEquals(Iban.Problem.NONE, Iban.check("DE89370400440532013000"));
        assertEquals(Iban.Problem.FORMAT, Iban.check(null));
        assertEquals(Iban.Problem.FORMAT, Iban.check("NL91"));
        assertEquals(Iban.Problem.FORMAT, Iban.check("nl91ABNA0417164300"), "lowercase is refused, not normalised");
        assertEquals(Iban.Problem.FORMAT, Iban.check("NL91 ABNA 0417 1643 00"), "spaces are refused");
        assertEquals(Iban.Problem.FORMAT, Iban.check("N191ABNA0417164300"));
        assertEquals(Iban.Problem.FORMAT, Iban.check("NLX1ABNA0417164300"));
        assertEquals(Iban.Problem.FORMAT, Iban.check("NL91ABNA041716430\u0660"), "an Arabic-Indic zero is no digit here");
        assertEquals(Iban.Problem.FORMAT, Iban.check("NL91ＡBNA0417164300"), "a full-width capital is no capital here");
        assertEquals(Iban.Problem.COUNTRY, Iban.check("US91ABNA0417164300"));
        assertEquals(Iban.Problem.LENGTH, Iban.check("NL91ABNA041716430"));
        assertEquals(Iban.Problem.CHECKSUM, Iban.check("NL92ABNA0417164300"));
        assertThrows(IllegalArgumentException.class, () -> new Iban("NL92ABNA0417164300"));
    }

    /** The hand-written format check accepts exactly what the regular expression it replaced accepted. */
    @Test
    void theFormatIsTheRegularExpressionItReplaced() {
        Pattern before = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
        String alphabet = "NLDE0123456789ABZaz -/\u00c9\u0660Ａ";
        Random random = new Random(20261208);
        int formatted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder candidate = new StringBuilder(random.nextInt(2) == 0 ? "NL" : "");
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = candidate.toString();
            boolean expected = text.length() >= 5 && before.matcher(text).matches();
            formatted += expected ? 1 : 0;
            assertEquals(expected, Iban.check(text) != Iban.Problem.FORMAT, text);
        }
        assertTrue(formatted > 100, "the sample reaches past the format check: " + formatted);
    }
}
