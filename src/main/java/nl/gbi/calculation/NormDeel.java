package nl.gbi.calculation;

/**
 * The monthly norm incl. vakantiegeld that applies to one {@link Deel}, before day-splitting: the amount
 * for the whole household, the article it comes from, a description and the A of the kostendelersnorm
 * (1 when it does not apply).
 */
record NormDeel(long maandbedragCents, String artikel, String omschrijving, int kostendelers) {
}
