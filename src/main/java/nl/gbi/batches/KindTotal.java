package nl.gbi.batches;

import nl.gbi.domain.Money;

/** Count and total of the payments of one kind (or in one state) in a batch. */
public record KindTotal(String kind, long count, Money total) {
}
