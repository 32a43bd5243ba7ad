package nl.gbi.parameterset;

import java.util.List;

/**
 * What {@link ParameterSetReview} says of a proposed set: the strict refusals (no reason lifts them), the differences
 * per key and the sanity findings. The set may be proposed (and approved) only when it is {@link #acceptable()}.
 */
public record Review(List<String> weigeringen, List<Verschil> verschillen, List<Bevinding> bevindingen) {

    public Review {
        weigeringen = List.copyOf(weigeringen);
        verschillen = List.copyOf(verschillen);
        bevindingen = List.copyOf(bevindingen);
    }

    public List<Bevinding> unreasoned() {
        return bevindingen.stream().filter(b -> b.reden() == null).toList();
    }

    public boolean acceptable() {
        return weigeringen.isEmpty() && unreasoned().isEmpty();
    }
}
