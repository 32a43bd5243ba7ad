/**
 * Use case: the werkvoorraad (docs/werkvoorraad.md), every item that needs a person, and the actions on them. The
 * items are built in plain Java ({@link nl.gbi.werkvoorraad.WerkvoorraadItems}) from the rows the
 * {@link nl.gbi.werkvoorraad.WerkvoorraadStore} port loads: an item is there while its cause is, and leaves by an
 * action or because the cause went away. Depends on {@code domain}, {@code access}, {@code audit}, {@code ledger}
 * (open vorderingen), {@code payments} (what a reason code asks), {@code batches} (the rails of waiting batches) and
 * {@code opschorting}; never on {@code http} or {@code persistence}.
 */
package nl.gbi.werkvoorraad;
