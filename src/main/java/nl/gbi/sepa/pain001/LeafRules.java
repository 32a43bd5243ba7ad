package nl.gbi.sepa.pain001;

import java.util.HashSet;
import java.util.Set;
import nl.gbi.domain.Iban;
import nl.gbi.sepa.FindingCode;
import nl.gbi.sepa.SepaCharset;
import nl.gbi.sepa.SepaIdentifier;

/** The rules on the text of leaf elements: charset, lengths, identifiers, amounts, codes and accounts. */
final class LeafRules {

    private static final int NAME_LENGTH_MAX = CreditTransfer.NAME_LENGTH_MAX;

    private final Pain001RulesChecker where;
    private final Findings findings;
    private final TransactionRules tx;
    private final PaymentInfoRules pmtInf;
    private final LevelTotals group;
    private final Set<String> pmtInfIds = new HashSet<>();
    private final LongHashSet endToEndIds = new LongHashSet();
    private final LongHashSet instrIds = new LongHashSet();
    private String currency;
    private boolean addressTown;
    private boolean addressCountry;
    private boolean addressLines;

    LeafRules(Pain001RulesChecker where, Findings findings, TransactionRules tx, PaymentInfoRules pmtInf,
            LevelTotals group) {
        this.where = where;
        this.findings = findings;
        this.tx = tx;
        this.pmtInf = pmtInf;
        this.group = group;
    }

    void currency(String ccy) {
        currency = ccy;
    }

    void onLeaf(String name, String text) {
        int forbidden = SepaCharset.firstForbiddenIndex(text);
        if (forbidden >= 0) {
            add(FindingCode.CHARSET, "character U+" + String.format("%04X", (int) text.charAt(forbidden))
                    + " at position " + (forbidden + 1) + " is outside the SEPA set");
        }
        String parent = where.ancestor(1);
        switch (name) {
            case "MsgId" -> identifier(name, text);
            case "PmtInfId" -> unique(identifier(name, text) && !pmtInfIds.add(text), name, text);
            case "InstrId" -> unique(identifier(name, text) && !instrIds.add(text), name, text);
            case "EndToEndId" -> {
                tx.endToEndId(text);
                unique(identifier(name, text) && !endToEndIds.add(text), name, text);
            }
            case "Nm" -> length(text, NAME_LENGTH_MAX);
            case "Ustrd" -> {
                tx.ustrd();
                length(text, CreditTransfer.USTRD_LENGTH_MAX);
            }
            case "InstdAmt" -> tx.amount(currency, text);
            case "NbOfTxs" -> levelTotals(parent).declareNbOfTxs(text);
            case "CtrlSum" -> levelTotals(parent).declareCtrlSum(text);
            case "PmtMtd" -> pmtInf.pmtMtd(text);
            case "BtchBookg" -> pmtInf.btchBookg(text);
            case "ChrgBr" -> chargeBearer(text);
            case "Cd", "Prtry" -> code(parent, name, text);
            case "Dt" -> whenParent(parent, "ReqdExctnDt", pmtInf::executionDate);
            case "DtTm" -> whenParent(parent, "ReqdExctnDt",
                    () -> add(FindingCode.PAYMENT_TYPE, "ReqdExctnDt must be a date (Dt), not DtTm"));
            case "IBAN" -> iban(text);
            case "BICFI" -> whenParent(where.ancestor(2), "DbtrAgt", pmtInf::debtorAgent);
            case "Id" -> otherId(text);
            case "TwnNm" -> addressTown = true;
            case "Ctry" -> addressCountry = true;
            case "AdrLine" -> addressLines = true;
            default -> { }
        }
    }

    void addressStart() {
        addressTown = false;
        addressCountry = false;
        addressLines = false;
        if ("Cdtr".equals(where.ancestor(1))) {
            tx.creditorAddress();
        }
    }

    void addressEnd() {
        if (!addressTown || !addressCountry || addressLines) {
            findings.add(where.label(), "PstlAdr", FindingCode.ADDRESS,
                    "an address must be structured: TwnNm and Ctry, no AdrLine");
        }
    }

    private boolean identifier(String name, String text) {
        String problem = SepaIdentifier.problem(text);
        if (problem != null) {
            add(FindingCode.IDENTIFIER, name + " " + problem);
        }
        return problem == null;
    }

    private void unique(boolean duplicate, String name, String text) {
        if (duplicate) {
            add(FindingCode.DUPLICATE_ID, name + " " + text + " occurs more than once in the file");
        }
    }

    private void length(String text, int lengthMax) {
        if (text.isEmpty() || text.length() > lengthMax || text.isBlank()) {
            add(FindingCode.LENGTH, "must be 1-" + lengthMax + " characters, is " + text.length());
        }
    }

    private LevelTotals levelTotals(String parent) {
        return "GrpHdr".equals(parent) ? group : pmtInf.totals();
    }

    private void chargeBearer(String text) {
        if (where.inTransaction()) {
            add(FindingCode.PAYMENT_TYPE, "ChrgBr belongs at PmtInf level only");
        } else {
            pmtInf.chargeBearer(text);
        }
    }

    private void code(String parent, String name, String text) {
        if ("Prtry".equals(name) && ("SvcLvl".equals(parent) || "CtgyPurp".equals(parent) || "Purp".equals(parent))) {
            add(FindingCode.PAYMENT_TYPE, parent + " must use a code (Cd), not Prtry");
            return;
        }
        switch (parent) {
            case "SvcLvl" -> {
                if (!where.inTransaction()) {
                    pmtInf.serviceLevel(text);
                }
            }
            case "CtgyPurp" -> {
                if (!where.inTransaction()) {
                    pmtInf.categoryPurpose(text);
                } else if (!"SSBE".equals(text)) {
                    add(FindingCode.PAYMENT_TYPE, "CtgyPurp must be SSBE, is " + text);
                }
            }
            case "Purp" -> {
                if (!"BENE".equals(text)) {
                    add(FindingCode.PAYMENT_TYPE, "Purp must be BENE (the client's own benefit), is " + text);
                }
            }
            default -> { }
        }
    }

    private void iban(String text) {
        String account = where.ancestor(2);
        Iban.Problem problem = Iban.check(text);
        if (problem != Iban.Problem.NONE) {
            add(FindingCode.IBAN, "not a valid SEPA IBAN (" + problem + ")");
        } else if ("CdtrAcct".equals(account)) {
            tx.creditorIban(text);
        }
    }

    private void otherId(String text) {
        String grandParent = where.ancestor(2);
        if ("DbtrAcct".equals(where.ancestor(3)) || "CdtrAcct".equals(where.ancestor(3))) {
            add(FindingCode.IBAN, "accounts must be IBANs, not Othr");
        } else if ("FinInstnId".equals(grandParent) && "DbtrAgt".equals(where.ancestor(3))) {
            if ("NOTPROVIDED".equals(text)) {
                pmtInf.debtorAgent();
            } else {
                add(FindingCode.AGENT, "DbtrAgt Othr/Id must be NOTPROVIDED, is " + text);
            }
        }
    }

    private static void whenParent(String parent, String expected, Runnable action) {
        if (expected.equals(parent)) {
            action.run();
        }
    }

    private void add(FindingCode code, String message) {
        findings.add(where.label(), where.field(), code, message);
    }
}
