package nl.gbi.sepa.pain001;

import java.math.BigDecimal;
import nl.gbi.sepa.FindingCode;

/**
 * NbOfTxs and CtrlSum of one level (GrpHdr or PmtInf): what the file declares and what its transactions add
 * up to. Both must be present and equal.
 */
final class LevelTotals {

    private final String level;
    private String declaredNbOfTxs;
    private String declaredCtrlSum;
    private long count;
    private long sumCents;

    LevelTotals(String level) {
        this.level = level;
    }

    void declareNbOfTxs(String text) {
        declaredNbOfTxs = text;
    }

    void declareCtrlSum(String text) {
        declaredCtrlSum = text;
    }

    void add(long cents) {
        count++;
        sumCents += cents;
    }

    void check(Findings findings) {
        if (declaredNbOfTxs == null || !declaredNbOfTxs.equals(Long.toString(count))) {
            findings.add(level, "NbOfTxs", FindingCode.TOTALS,
                    "NbOfTxs is " + declaredNbOfTxs + " but the file holds " + count + " transactions");
        }
        BigDecimal recomputed = BigDecimal.valueOf(sumCents, 2);
        if (declaredCtrlSum == null || !sameAmount(declaredCtrlSum, recomputed)) {
            findings.add(level, "CtrlSum", FindingCode.TOTALS, "CtrlSum is " + declaredCtrlSum
                    + " but the transactions add up to " + recomputed.toPlainString());
        }
    }

    private static boolean sameAmount(String declared, BigDecimal recomputed) {
        try {
            return new BigDecimal(declared).compareTo(recomputed) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
