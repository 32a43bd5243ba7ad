package nl.gbi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void bsnPassingTheElfproefIsValid(String bsn) {
        assertTrue(Bsn.isValid(bsn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "12345678", "1234567890", "12345678a", "000000000", ""})
    void bsnFailingTheElfproefOrFormatIsInvalid(String bsn) {
        assertFalse(Bsn.isValid(bsn));
    }

    /** The test vectors of sepa.md. */
    @ParameterizedTest
    @CsvSource({
            "NL91ABNA0417164300, NONE", "NL39RABO0300065264, NONE", "NL20INGB0001234567, NONE",
            "DE89370400440532013000, NONE", "BE68539007547034, NONE", "FR1420041010050500013M02606, NONE",
            "AT611904300234573201, NONE", "CH9300762011623852957, NONE",
            "NL91ABNA0417164301, CHECKSUM", "NL91ABNA041716430, LENGTH", "'NL91 ABNA 0417 1643 00', FORMAT",
            "nl91abna0417164300, FORMAT", "US64SVBKUS6S3300958879, COUNTRY"})
    void ibanChecks(String iban, Iban.Problem expected) {
        assertEquals(expected, Iban.check(iban));
    }

    @Test
    void swissIbanIsSepaButNotEea() {
        assertFalse(new Iban("CH9300762011623852957").isEea());
        assertTrue(new Iban("NL91ABNA0417164300").isEea());
    }

    @Test
    void identifiersAreMaskedWhenPrinted() {
        assertEquals("******333", new Bsn("111222333").toString());
        assertEquals("NL91**********4300", new Iban("NL91ABNA0417164300").toString());
    }

    @Test
    void moneyRefusesFractionsOfCentsInsteadOfRounding() {
        assertEquals(136906, Money.ofEuros(new BigDecimal("1369.06")).cents());
        assertEquals(136900, Money.ofEuros(new BigDecimal("1369.0")).cents());
        assertThrows(IllegalArgumentException.class, () -> Money.ofEuros(new BigDecimal("1.005")));
        assertEquals("1369.06", Money.ofCents(136906).toString());
        assertEquals("0.05", Money.ofCents(5).toString());
        assertEquals("-0.05", Money.ofCents(-5).toString());
    }

    @Test
    void moneyRoundsHalfUpOnlyWhenAsked() {
        assertEquals(102477, Money.roundHalfUp(new BigDecimal("102476.5")).cents());
        assertEquals(102476, Money.roundHalfUp(new BigDecimal("102476.4999")).cents());
    }
}
