package nl.gbi.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * The facts of one dossier for one month, as a municipality's case system submits them (contract.md,
 * "A berekening"). {@code dossierId} + {@code periode} identify it within a tenant. Lists are never null;
 * {@code partner} is set exactly for GEHUWDEN, {@code verlaging} may be null.
 */
public record Berekening(
        String dossierId,
        YearMonth periode,
        Regeling regeling,
        Leefvorm leefvorm,
        Persoon aanvrager,
        Persoon partner,
        List<Kind> kinderen,
        List<Medebewoner> medebewoners,
        Woonsituatie woonsituatie,
        Recht recht,
        List<Inkomst> inkomsten,
        Verlaging verlaging,
        List<Inhouding> inhoudingen,
        Betaalrekening betaalrekening) {

    public Berekening {
        kinderen = List.copyOf(kinderen);
        medebewoners = List.copyOf(medebewoners);
        inkomsten = List.copyOf(inkomsten);
        inhoudingen = List.copyOf(inhoudingen);
    }
}
