package nl.gbi.calculation;

/** The stable codes of the refusals the calculation returns ({@code Fout.code}); documented in docs/calculation.md. */
public final class Codes {

    public static final String REGELING_NIET_ONDERSTEUND = "REGELING_NIET_ONDERSTEUND";
    public static final String PARAMETER_ONBEKEND = "PARAMETER_ONBEKEND";
    public static final String VRIJLATING_DUUR_OVERSCHREDEN = "VRIJLATING_DUUR_OVERSCHREDEN";
    public static final String VRIJLATING_NIET_VAN_TOEPASSING = "VRIJLATING_NIET_VAN_TOEPASSING";
    public static final String VRIJLATING_SINDS_ONGELDIG = "VRIJLATING_SINDS_ONGELDIG";
    public static final String VERLAGING_PERCENTAGE_NIET_TOEGESTAAN = "VERLAGING_PERCENTAGE_NIET_TOEGESTAAN";
    public static final String BEDRAG_NEGATIEF = "BEDRAG_NEGATIEF";
    public static final String BEGUNSTIGDE_ONGELDIG = "BEGUNSTIGDE_ONGELDIG";
    public static final String PARTNER_ONGELDIG = "PARTNER_ONGELDIG";
    public static final String RECHT_ONGELDIG = "RECHT_ONGELDIG";
    public static final String BEDRAG_BUITEN_BEREIK = "BEDRAG_BUITEN_BEREIK";
    public static final String RECHT_BUITEN_PERIODE = "RECHT_BUITEN_PERIODE";
    public static final String LEEFTIJD_ONDER_18 = "LEEFTIJD_ONDER_18";
    public static final String KOSTENDELERSNORM_NIET_ONDERSTEUND = "KOSTENDELERSNORM_NIET_ONDERSTEUND";

    private Codes() {
    }
}
