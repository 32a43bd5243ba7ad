package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Begunstigde;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Bsn;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Inkomst;
import nl.gbi.domain.InkomstSoort;
import nl.gbi.domain.Kind;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Medebewoner;
import nl.gbi.domain.Money;
import nl.gbi.domain.Persoon;
import nl.gbi.domain.Recht;
import nl.gbi.domain.Regeling;
import nl.gbi.domain.Verlaging;
import nl.gbi.domain.Vrijlating;
import nl.gbi.domain.Woonsituatie;

/** A berekening for tests: an alleenstaande of 45 with a running right in 2025-07 unless told otherwise. */
public final class TestBerekening {

    public static final Iban CLIENT_IBAN = new Iban("NL91ABNA0417164300");
    public static final Iban VERHUURDER_IBAN = new Iban("NL39RABO0300065264");
    public static final Iban DEURWAARDER_IBAN = new Iban("NL20INGB0001234567");

    private YearMonth periode = YearMonth.of(2025, 7);
    private Regeling regeling = Regeling.PW;
    private Leefvorm leefvorm = Leefvorm.ALLEENSTAANDE;
    private LocalDate aanvragerGeboren = LocalDate.of(1980, 5, 1);
    private LocalDate partnerGeboren;
    private final List<Kind> kinderen = new ArrayList<>();
    private final List<Medebewoner> medebewoners = new ArrayList<>();
    private Woonsituatie woonsituatie = Woonsituatie.ZELFSTANDIG;
    private Recht recht = new Recht(LocalDate.of(2023, 1, 1), null);
    private final List<Inkomst> inkomsten = new ArrayList<>();
    private Verlaging verlaging;
    private final List<Inhouding> inhoudingen = new ArrayList<>();
    private Betaalrekening partnerRekening;
    private nl.gbi.domain.Betaalwijze betaalwijze;

    public static TestBerekening alleenstaande() {
        return new TestBerekening();
    }

    public static TestBerekening gehuwden(LocalDate aanvrager, LocalDate partner) {
        TestBerekening b = new TestBerekening();
        b.leefvorm = Leefvorm.GEHUWDEN;
        b.aanvragerGeboren = aanvrager;
        b.partnerGeboren = partner;
        return b;
    }

    public TestBerekening periode(String yearMonth) {
        periode = YearMonth.parse(yearMonth);
        return this;
    }

    public TestBerekening regeling(Regeling value) {
        regeling = value;
        return this;
    }

    public TestBerekening leefvorm(Leefvorm value) {
        leefvorm = value;
        return this;
    }

    public TestBerekening geboren(String date) {
        aanvragerGeboren = LocalDate.parse(date);
        return this;
    }

    public TestBerekening kind(String geboren) {
        kinderen.add(new Kind(LocalDate.parse(geboren)));
        return this;
    }

    public TestBerekening medebewoner(String geboren, boolean student, boolean commercieleHuur) {
        medebewoners.add(new Medebewoner(LocalDate.parse(geboren), student, commercieleHuur));
        return this;
    }

    public TestBerekening inrichting() {
        woonsituatie = Woonsituatie.INRICHTING;
        return this;
    }

    public TestBerekening recht(String ingang, String eind) {
        recht = new Recht(LocalDate.parse(ingang), eind == null ? null : LocalDate.parse(eind));
        return this;
    }

    public TestBerekening inkomst(InkomstSoort soort, long cents, Vrijlating vrijlating, String sinds) {
        inkomsten.add(new Inkomst(soort, Money.ofCents(cents), vrijlating, sinds == null ? null : YearMonth.parse(sinds)));
        return this;
    }

    public TestBerekening verlaging(int percentage) {
        verlaging = new Verlaging(percentage, "categorie test");
        return this;
    }

    public TestBerekening inhouding(InhoudingSoort soort, long cents) {
        Begunstigde begunstigde = switch (soort) {
            case AFLOSSING -> null;
            case BESLAG -> new Begunstigde("Deurwaarder Test", DEURWAARDER_IBAN);
            default -> new Begunstigde("Woonstichting Test", VERHUURDER_IBAN);
        };
        inhoudingen.add(new Inhouding(soort, Money.ofCents(cents), soort + " test", begunstigde));
        return this;
    }

    public TestBerekening inhouding(Inhouding inhouding) {
        inhoudingen.add(inhouding);
        return this;
    }

    /** The partner's own account (Pw art. 45 lid 4) and, optionally, the spouses' choice. */
    public TestBerekening partnerRekening(Iban iban, String naam, nl.gbi.domain.Betaalwijze wijze) {
        partnerRekening = new Betaalrekening(iban, naam);
        betaalwijze = wijze;
        return this;
    }

    public Berekening build() {
        Persoon aanvrager = new Persoon(new Bsn("111222333"), "Aanvrager Test", aanvragerGeboren);
        Persoon partner = partnerGeboren == null ? null : new Persoon(new Bsn("123456782"), "Partner Test", partnerGeboren,
                partnerRekening, betaalwijze);
        return new Berekening("GM0014-TEST", periode, regeling, leefvorm, aanvrager, partner, kinderen, medebewoners,
                woonsituatie, recht, inkomsten, verlaging, inhoudingen, new Betaalrekening(CLIENT_IBAN, "A Test"));
    }
}
