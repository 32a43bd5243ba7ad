package nl.gbi.calculation;

/**
 * The stable codes of the refusals the calculation returns ({@code Fout.code}), documented in
 * docs/calculation.md. Where the contract reader (nl.gbi.json) checks the same thing, the code is the same.
 */
public final class Codes {

    public static final String REGELING_NIET_ONDERSTEUND = "REGELING_NIET_ONDERSTEUND";
    public static final String PARAMETER_ONBEKEND = "PARAMETER_ONBEKEND";
    public static final String VRIJLATING_DUUR_OVERSCHREDEN = "VRIJLATING_DUUR_OVERSCHREDEN";
    public static final String VRIJLATING_NIET_TOEGESTAAN = "VRIJLATING_NIET_TOEGESTAAN";
    public static final String VRIJLATING_NA_PERIODE = "VRIJLATING_NA_PERIODE";
    public static final String VERLAGING_PERCENTAGE_NIET_TOEGESTAAN = "VERLAGING_PERCENTAGE_NIET_TOEGESTAAN";
    public static final String KOSTENDELERSNORM_NIET_ONDERSTEUND = "KOSTENDELERSNORM_NIET_ONDERSTEUND";
    public static final String LEEFTIJD_ONDER_18 = "LEEFTIJD_ONDER_18";
    public static final String RECHT_BUITEN_PERIODE = "RECHT_BUITEN_PERIODE";
    public static final String EINDDATUM_VOOR_INGANGSDATUM = "EINDDATUM_VOOR_INGANGSDATUM";
    public static final String PARTNER_NIET_TOEGESTAAN = "PARTNER_NIET_TOEGESTAAN";
    public static final String VERPLICHT = "VERPLICHT";
    public static final String NIET_TOEGESTAAN = "NIET_TOEGESTAAN";
    public static final String BUITEN_BEREIK = "BUITEN_BEREIK";

    private Codes() {
    }
}
