package nl.gbi.werkvoorraad;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One thing that needs a person: of which municipality and dossier, for which month, how much (null when no amount
 * applies or it is not known), why, since when, and what may be done about it.
 *
 * @param status {@code OPEN} (waits for a person), {@code VERLOPEN} (a hold's term ran out) or {@code WACHT} (the
 *               engine goes on by itself once the municipality sends what is missing)
 * @param ref    what the item is about, e.g. {@code opschorting/12}, {@code betaling/345}, {@code batch/7}
 */
public record Item(ItemSoort soort, String status, String gemeente, String dossierId, YearMonth periode,
                   Long bedragCents, String reden, LocalDate sinds, String ref, List<Actie> acties) {

    public static final String OPEN = "OPEN";
    public static final String VERLOPEN = "VERLOPEN";
    public static final String WACHT = "WACHT";

    public Item {
        acties = List.copyOf(acties);
    }

    /** An action allowed on the item: its name, and the route that carries it out with the fields it needs. */
    public record Actie(String naam, String methode, String pad, List<String> velden) {
        public Actie {
            velden = List.copyOf(velden);
        }
    }
}
