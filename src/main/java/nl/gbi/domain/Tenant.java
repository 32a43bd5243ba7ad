package nl.gbi.domain;

import java.time.Month;
import java.util.Set;

/**
 * One municipality's settings, from its file in {@code tenants/}.
 *
 * @param gemeentecode the CBS code, e.g. GM0014; the tenant's id everywhere
 * @param betaaldag day of the month the payment is executed (moved to the last day in shorter months)
 * @param paidInArrears true when period M is paid in month M+1, false when it is paid in M itself
 * @param secondApprovalThreshold a batch whose total is at or above this needs two approvers
 */
public record Tenant(
        String gemeentecode,
        String naam,
        Iban debtorIban,
        String debtorBic,
        int betaaldag,
        boolean paidInArrears,
        Month vakantiegeldPayoutMonth,
        Set<Integer> allowedVerlagingPercentages,
        VerlagingBase verlagingBase,
        int maxTransactionsPerFile,
        Money secondApprovalThreshold) {

    public Tenant {
        allowedVerlagingPercentages = Set.copyOf(allowedVerlagingPercentages);
    }
}
