package nl.gbi.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reason code of sepa.md and what it makes the engine do. */
class ReasonActionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "AC01, BLOCK_IBAN_AWAIT_NEW", "AC04, BLOCK_IBAN_AWAIT_NEW", "AG01, BLOCK_IBAN_AWAIT_NEW",
        "AC06, MANUAL_FOLLOW_UP", "MS02, MANUAL_FOLLOW_UP", "MS03, MANUAL_FOLLOW_UP",
        "MD07, STOP_DOSSIER",
        "RR01, COMPLIANCE_REVIEW", "RR02, COMPLIANCE_REVIEW", "RR03, COMPLIANCE_REVIEW", "RR04, COMPLIANCE_REVIEW",
        "AM05, DUPLICATE_CHECK",
        "AM10, MANUAL_FOLLOW_UP", "XX99, MANUAL_FOLLOW_UP", "ac04, MANUAL_FOLLOW_UP"})
    void mapsEveryCodeToItsAction(String code, ReasonAction action) {
        assertEquals(action, ReasonAction.forCode(code));
    }

    @Test
    void aMissingCodeNeedsAPerson() {
        assertEquals(ReasonAction.MANUAL_FOLLOW_UP, ReasonAction.forCode(null));
    }

    @Test
    void aBlockedIbanIsPaidAgainOnlyAfterANewIbanArrives() {
        ReasonAction blocked = ReasonAction.forCode("AC04");
        assertTrue(blocked.blocksIban());
        assertFalse(blocked.mayOfferAgain(false));
        assertTrue(blocked.mayOfferAgain(true));
    }

    @Test
    void nothingElseIsEverRetriedAutomatically() {
        for (ReasonAction action : ReasonAction.values()) {
            if (action != ReasonAction.BLOCK_IBAN_AWAIT_NEW) {
                assertFalse(action.mayOfferAgain(true), action.name());
                assertFalse(action.mayOfferAgain(false), action.name());
                assertFalse(action.blocksIban(), action.name());
            }
        }
    }

    @Test
    void onlyDeceasedStopsTheWholeDossier() {
        assertTrue(ReasonAction.forCode("MD07").stopsDossier());
        for (ReasonAction action : ReasonAction.values()) {
            assertEquals(action == ReasonAction.STOP_DOSSIER, action.stopsDossier(), action.name());
        }
    }
}
