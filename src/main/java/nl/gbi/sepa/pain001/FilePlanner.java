package nl.gbi.sepa.pain001;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.gbi.domain.Money;

/**
 * Splits the transactions of one tenant and execution date into files of at most the tenant's
 * {@code maxTransactionsPerFile}, in order, each file full except the last. It reads only the amounts, once,
 * so the caller can stream the same ordered query twice: once here for the totals, once into the writer
 * (which re-checks them).
 */
public final class FilePlanner {

    /** More files than this in one run is a mistake upstream, not a big day. */
    public static final int FILES_MAX = 10_000;

    private FilePlanner() {
    }

    public static List<FileSlice> plan(Iterator<Money> amountsInOrder, int maxTransactionsPerFile) {
        if (maxTransactionsPerFile < 1) {
            throw new IllegalArgumentException("maxTransactionsPerFile must be positive: " + maxTransactionsPerFile);
        }
        List<FileSlice> slices = new ArrayList<>();
        long ordinal = 0;
        long first = 0;
        int count = 0;
        long sumCents = 0;
        while (amountsInOrder.hasNext()) {
            sumCents = Math.addExact(sumCents, amountsInOrder.next().cents());
            count++;
            ordinal++;
            if (count == maxTransactionsPerFile) {
                addSlice(slices, first, count, sumCents);
                first = ordinal;
                count = 0;
                sumCents = 0;
            }
        }
        if (count > 0) {
            addSlice(slices, first, count, sumCents);
        }
        return List.copyOf(slices);
    }

    private static void addSlice(List<FileSlice> slices, long first, int count, long sumCents) {
        if (slices.size() == FILES_MAX) {
            throw new IllegalArgumentException("a run of more than " + FILES_MAX + " files is refused");
        }
        slices.add(new FileSlice(slices.size(), first, count, Money.ofCents(sumCents)));
    }
}
