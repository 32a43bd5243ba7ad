package nl.gbi.sepa.pain001;

import nl.gbi.sepa.FindingCode;

/**
 * The PmtInf-level rules of sepa.md: PmtMtd TRF, BtchBookg true, SvcLvl SEPA exactly once, CtgyPurp SSBE,
 * ChrgBr SLEV, ReqdExctnDt as a date, DbtrAgt a BIC or NOTPROVIDED, and the level's NbOfTxs/CtrlSum.
 */
final class PaymentInfoRules {

    private final Findings findings;
    private String label = "PmtInf";
    private LevelTotals totals = new LevelTotals(label);
    private boolean transfer;
    private boolean batchBooking;
    private int serviceLevelCount;
    private boolean socialSecurityBenefit;
    private boolean serviceLevelCharges;
    private boolean executionDate;
    private boolean debtorAgent;

    PaymentInfoRules(Findings findings) {
        this.findings = findings;
    }

    void start(int pmtInfIndex) {
        label = "PmtInf#" + (pmtInfIndex + 1);
        totals = new LevelTotals(label);
        transfer = false;
        batchBooking = false;
        serviceLevelCount = 0;
        socialSecurityBenefit = false;
        serviceLevelCharges = false;
        executionDate = false;
        debtorAgent = false;
    }

    LevelTotals totals() {
        return totals;
    }

    void pmtMtd(String text) {
        require("PmtMtd", "TRF", text);
        transfer = true;
    }

    void btchBookg(String text) {
        require("BtchBookg", "true", text);
        batchBooking = true;
    }

    void serviceLevel(String code) {
        serviceLevelCount++;
        require("PmtTpInf/SvcLvl/Cd", "SEPA", code);
    }

    void categoryPurpose(String code) {
        require("PmtTpInf/CtgyPurp/Cd", "SSBE", code);
        socialSecurityBenefit = true;
    }

    void chargeBearer(String code) {
        require("ChrgBr", "SLEV", code);
        serviceLevelCharges = true;
    }

    void executionDate() {
        executionDate = true;
    }

    void debtorAgent() {
        debtorAgent = true;
    }

    void end() {
        missing(transfer, "PmtMtd", "PmtMtd is missing");
        missing(batchBooking, "BtchBookg", "BtchBookg is missing");
        missing(serviceLevelCount == 1, "PmtTpInf/SvcLvl/Cd", "SvcLvl SEPA is required exactly once, found "
                + serviceLevelCount);
        missing(socialSecurityBenefit, "PmtTpInf/CtgyPurp/Cd", "CtgyPurp is missing");
        missing(serviceLevelCharges, "ChrgBr", "ChrgBr is missing at PmtInf level");
        missing(executionDate, "ReqdExctnDt/Dt", "ReqdExctnDt must be a date (Dt)");
        if (!debtorAgent) {
            findings.add(label, "DbtrAgt/FinInstnId", FindingCode.AGENT, "DbtrAgt needs BICFI or Othr/Id NOTPROVIDED");
        }
        totals.check(findings);
    }

    private void require(String field, String expected, String actual) {
        if (!expected.equals(actual)) {
            findings.add(label, field, FindingCode.PAYMENT_TYPE, field + " must be " + expected + ", is " + actual);
        }
    }

    private void missing(boolean present, String field, String message) {
        if (!present) {
            findings.add(label, field, FindingCode.PAYMENT_TYPE, message);
        }
    }
}
