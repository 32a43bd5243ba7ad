package nl.gbi.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * A municipality's thresholds for the safety rails a batch passes before approval (docs/approval.md, "Safety
 * rails"): the change in count or total per payment kind against its previous regular batch that makes a finding,
 * the multiple of the norm above which one payment is a finding, how many dossiers may pay to one creditor account
 * before it is a finding, and the accounts of its known third parties (housing corporations, energy companies,
 * budget managers) that many dossiers pay to by right. Optional {@code vangrails} in {@code tenants/*.json}.
 */
public record SafetyRailSettings(int changePercentMax, int normMultiple, int dossiersPerIbanMax,
                                 Set<String> knownThirdPartyIbans) {

    public static final SafetyRailSettings DEFAULT = new SafetyRailSettings(10, 2, 5, Set.of());

    public SafetyRailSettings {
        if (changePercentMax < 1 || changePercentMax > 1000) {
            throw new IllegalArgumentException("changePercentMax must be 1-1000: " + changePercentMax);
        }
        if (normMultiple < 1 || normMultiple > 100) {
            throw new IllegalArgumentException("normMultiple must be 1-100: " + normMultiple);
        }
        if (dossiersPerIbanMax < 1 || dossiersPerIbanMax > 100_000) {
            throw new IllegalArgumentException("dossiersPerIbanMax must be 1-100000: " + dossiersPerIbanMax);
        }
        knownThirdPartyIbans = Set.copyOf(new TreeSet<>(knownThirdPartyIbans));
    }
}
