package nl.gbi.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.batches.PaymentLine;

/**
 * Splits a tenant's payable lines of a run into batches of at most {@code max} lines (issue 11 point 5: no limit
 * makes a run fail). A dossier's lines stay in one batch, so an officer approving or rejecting a batch decides all
 * of a dossier's money of that run at once (a rejected part releases whole dossiers, never half a month). Lines keep
 * their order; a dossier goes into the current part while it fits, else it starts the next. Engine rule: a single
 * dossier with more lines than {@code max} gets a part of its own (the intake bounds a dossier's lines far below
 * any batch size, so this does not happen in practice).
 */
final class BatchParts {

    private BatchParts() {
    }

    static List<List<PaymentLine>> split(List<PaymentLine> lines, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a part holds at least one line, not " + max);
        }
        Map<String, List<PaymentLine>> byDossier = new LinkedHashMap<>();
        for (PaymentLine line : lines) {
            byDossier.computeIfAbsent(line.dossierId(), id -> new ArrayList<>()).add(line);
        }
        List<List<PaymentLine>> parts = new ArrayList<>();
        List<PaymentLine> current = new ArrayList<>();
        for (List<PaymentLine> dossier : byDossier.values()) {
            if (!current.isEmpty() && current.size() + dossier.size() > max) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.addAll(dossier);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
