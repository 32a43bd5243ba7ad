package nl.gbi.domain;

import java.time.LocalTime;
import java.time.Month;
import java.util.Set;

/**
 * One municipality's settings, from its file in {@code tenants/}.
 *
 * @param gemeentecode the CBS code, e.g. GM0014; the tenant's id everywhere
 * @param betaaldag day of the month the payment is executed (moved to the last day in shorter months)
 * @param paidInArrears true when period M is paid in month M+1, false when it is paid in M itself
 * @param secondApprovalThreshold a batch whose total is at or above this needs two approvers
 * @param voorschotMaxPercentage a voorschot is at most this share (1-100) of the norm (Pw art. 52; default 100)
 * @param voorschotInstant voorschotten are paid as SEPA Instant (LclInstrm INST) when the bank offers it
 * @param cutOffTime the latest time of day (Europe/Amsterdam) a file approved today may still be executed today;
 *        null: a batch made on or after its betaaldag is executed the next TARGET2 business day
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
        Money secondApprovalThreshold,
        int voorschotMaxPercentage,
        boolean voorschotInstant,
        LocalTime cutOffTime,
        SafetyRailSettings vangrails) {

    public static final int VOORSCHOT_MAX_PERCENTAGE_DEFAULT = 100;

    public Tenant {
        allowedVerlagingPercentages = Set.copyOf(allowedVerlagingPercentages);
        vangrails = vangrails == null ? SafetyRailSettings.DEFAULT : vangrails;
        if (voorschotMaxPercentage < 1 || voorschotMaxPercentage > 100) {
            throw new IllegalArgumentException("voorschotMaxPercentage must be 1-100: " + voorschotMaxPercentage);
        }
    }

    /** A tenant with the defaults of the settings issue 11 added (voorschot at most 100%, no Instant, no cut-off). */
    public Tenant(String gemeentecode, String naam, Iban debtorIban, String debtorBic, int betaaldag, boolean paidInArrears,
                  Month vakantiegeldPayoutMonth, Set<Integer> allowedVerlagingPercentages, VerlagingBase verlagingBase,
                  int maxTransactionsPerFile, Money secondApprovalThreshold) {
        this(gemeentecode, naam, debtorIban, debtorBic, betaaldag, paidInArrears, vakantiegeldPayoutMonth,
                allowedVerlagingPercentages, verlagingBase, maxTransactionsPerFile, secondApprovalThreshold,
                VOORSCHOT_MAX_PERCENTAGE_DEFAULT, false, null, SafetyRailSettings.DEFAULT);
    }

    /** This tenant with {@code policy}'s figures instead of its own. */
    public Tenant withPolicy(TenantPolicy policy) {
        return new Tenant(gemeentecode, naam, debtorIban, debtorBic, betaaldag, paidInArrears, vakantiegeldPayoutMonth,
                policy.allowedVerlagingPercentages(), policy.verlagingBase(), maxTransactionsPerFile,
                policy.secondApprovalThreshold(), policy.voorschotMaxPercentage(), voorschotInstant, cutOffTime, vangrails);
    }
}
