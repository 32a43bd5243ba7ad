package nl.gbi.rekening;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.json.Bounds;
import nl.gbi.ledger.Afstemming;
import nl.gbi.ledger.Dossierrekening;
import nl.gbi.tenants.TenantRegistry;

/**
 * The dossierrekening of one dossier (submitters and finance officers of its tenant) and the afstemming of a period
 * (finance officers: their tenant; ops: every tenant, one tenant transaction at a time). Row-level security keeps another
 * tenant's dossier invisible, so it answers 404 like a dossier without rows.
 */
public final class Rekeningen {

    /** The most months one rekening answer shows. */
    public static final int MONTHS_MAX = 60;
    public static final int AFSTEMMING_LIMIT_DEFAULT = 100;
    public static final int AFSTEMMING_LIMIT_MAX = 1_000;
    /** Dossiers loaded per store call, and the most one afstemming page scans. */
    static final int DOSSIERS_PER_LOAD = 200;
    static final int DOSSIERS_PER_PAGE = 2_000;
    /** How long a run report's afstemming counts are reused (a report is polled; the counts scan every dossier). */
    private static final long COUNTS_TTL_NANOS = 30_000_000_000L;
    private static final int COUNTS_CACHED_MAX = 16;

    private static final Pattern DOSSIER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern PERIODE = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern CURSOR = Pattern.compile("([A-Za-z0-9]{1,20})~([A-Za-z0-9-]{1,20})~([0-9]{4}-[0-9]{2})");

    private record Cached(Future<Map<String, Long>> counts, long expiresAt) {
    }

    private final RekeningStore store;
    private final TenantRegistry tenants;
    private final Map<YearMonth, Cached> counts = new ConcurrentHashMap<>();

    public Rekeningen(RekeningStore store, TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /** The rekening of {@code dossierId} for the months {@code van}..{@code tot} (texts as given, may be null). */
    public Future<Rekening> rekening(Caller caller, String dossierId, String van, String tot) {
        requireTenantRole(caller, Role.SUBMITTER, Role.FINANCE_OFFICER);
        if (dossierId == null || !DOSSIER.matcher(dossierId).matches()) {
            return Future.failedFuture(EngineError.notFound("Dossier bestaat niet"));
        }
        List<Fout> fouten = new ArrayList<>();
        YearMonth from = period("van", van, fouten);
        YearMonth until = period("tot", tot, fouten);
        if (fouten.isEmpty() && from != null && until != null) {
            if (from.isAfter(until)) {
                fouten.add(new Fout("van", "NA_TOT", "van ligt na tot"));
            } else if (months(from, until) > MONTHS_MAX) {
                fouten.add(new Fout("tot", "BEREIK_TE_GROOT", "Van van tot en met tot ten hoogste " + MONTHS_MAX
                        + " maanden"));
            }
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("Een rekening gaat over ten hoogste " + MONTHS_MAX
                    + " maanden JJJJ-MM van " + Bounds.PERIODE_MIN + " tot en met " + Bounds.PERIODE_MAX, fouten));
        }
        return store.dossier(caller.tenantId(), dossierId, until == null ? Bounds.PERIODE_MAX : until).map(rows -> {
            if (rows.isEmpty()) {
                throw EngineError.notFound("Dossier " + dossierId + " bestaat niet");
            }
            Dossierrekening rekening = rows.rekening();
            List<Dossierrekening.Month> all = rekening.months();
            YearMonth first = all.get(0).account().periode();
            YearMonth last = all.get(all.size() - 1).account().periode();
            YearMonth shownTot = until;
            YearMonth shownVan = from;
            if (shownTot == null) {
                shownTot = shownVan == null ? last : min(shownVan.plusMonths(MONTHS_MAX - 1L), max(last, shownVan));
            }
            if (shownVan == null) {
                shownVan = max(first, shownTot.minusMonths(MONTHS_MAX - 1L));
            }
            return new Rekening(rekening, shownVan, shownTot, rekening.between(shownVan, shownTot));
        });
    }

    /** One page of the afstemming of {@code periode}: at most {@code limit} months, going on after {@code na}. */
    public Future<AfstemmingPage> afstemming(Caller caller, String periode, String limit, String na) {
        if (caller.role() != Role.OPS) {
            requireTenantRole(caller, Role.FINANCE_OFFICER);
        }
        List<Fout> fouten = new ArrayList<>();
        YearMonth upTo = period("periode", periode, fouten);
        if (upTo == null && fouten.isEmpty()) {
            fouten.add(new Fout("periode", "VERPLICHT", "Geef de periode JJJJ-MM"));
        }
        int max = AFSTEMMING_LIMIT_DEFAULT;
        if (limit != null) {
            if (!limit.matches("[0-9]{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > AFSTEMMING_LIMIT_MAX) {
                fouten.add(new Fout("limit", "BUITEN_BEREIK", "Een geheel getal van 1 tot en met " + AFSTEMMING_LIMIT_MAX));
            } else {
                max = Integer.parseInt(limit);
            }
        }
        List<String> scope = scope(caller);
        Cursor cursor = new Cursor(0, "", null);
        if (na != null) {
            Matcher m = CURSOR.matcher(na);
            YearMonth month = m.matches() ? cursorMonth(m.group(3)) : null;
            int tenant = m.matches() ? scope.indexOf(m.group(1)) : -1;
            if (month == null || tenant < 0) {
                fouten.add(new Fout("na", "ONGELDIG", "Geef de waarde van volgende uit het vorige antwoord"));
            } else {
                cursor = new Cursor(tenant, m.group(2), month);
            }
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("De afstemming vraagt een periode JJJJ-MM van "
                    + Bounds.PERIODE_MIN + " tot en met " + Bounds.PERIODE_MAX + "; limit ten hoogste "
                    + AFSTEMMING_LIMIT_MAX, fouten));
        }
        return scan(scope, upTo, max, cursor, new ArrayList<>(), 0);
    }

    /**
     * Per tenant the number of months up to {@code periode} that do not balance, for the run report. It scans every
     * dossier, so it is computed once per period and reused for 30 seconds.
     */
    public Future<Map<String, Long>> counts(YearMonth periode) {
        long now = System.nanoTime();
        Cached cached = counts.get(periode);
        if (cached != null && cached.expiresAt() - now > 0) {
            return cached.counts();
        }
        if (counts.size() >= COUNTS_CACHED_MAX) {
            counts.clear();
        }
        Future<Map<String, Long>> all = Future.succeededFuture(new TreeMap<>());
        for (Tenant tenant : tenants.all()) {
            String id = tenant.gemeentecode();
            all = all.compose(sofar -> count(id, periode, "", 0).map(n -> {
                sofar.put(id, n);
                return sofar;
            }));
        }
        Future<Map<String, Long>> computed = all.onFailure(failed -> counts.remove(periode));
        counts.put(periode, new Cached(computed, now + COUNTS_TTL_NANOS));
        return computed;
    }

    private Future<Long> count(String tenantId, YearMonth periode, String from, long sofar) {
        return store.dossiers(tenantId, from, periode, DOSSIERS_PER_LOAD + 1).compose(ids -> {
            if (ids.isEmpty()) {
                return Future.succeededFuture(sofar);
            }
            boolean more = ids.size() > DOSSIERS_PER_LOAD;
            List<String> batch = more ? ids.subList(0, DOSSIERS_PER_LOAD) : ids;
            return store.rows(tenantId, batch, periode).compose(rows -> {
                long n = sofar;
                for (DossierRows dossier : rows) {
                    n += Afstemming.of(dossier.rekening(), periode).size();
                }
                return more ? count(tenantId, periode, ids.get(DOSSIERS_PER_LOAD), n) : Future.succeededFuture(n);
            });
        });
    }

    /** Where a page goes on: the tenant (index in scope), the first dossier, and the months of it already given. */
    private record Cursor(int tenant, String fromDossier, YearMonth doneUpTo) {
        boolean skips(String dossierId, YearMonth month) {
            return doneUpTo != null && fromDossier.equals(dossierId) && !month.isAfter(doneUpTo);
        }
    }

    private Future<AfstemmingPage> scan(List<String> scope, YearMonth periode, int limit, Cursor cursor,
            List<AfstemmingPage.Item> items, int scanned) {
        if (cursor.tenant() >= scope.size()) {
            return Future.succeededFuture(new AfstemmingPage(periode, items, null, scanned));
        }
        String tenantId = scope.get(cursor.tenant());
        return store.dossiers(tenantId, cursor.fromDossier(), periode, DOSSIERS_PER_LOAD + 1).compose(ids -> {
            if (ids.isEmpty()) {
                return scan(scope, periode, limit, new Cursor(cursor.tenant() + 1, "", null), items, scanned);
            }
            boolean more = ids.size() > DOSSIERS_PER_LOAD;
            List<String> batch = more ? ids.subList(0, DOSSIERS_PER_LOAD) : ids;
            return store.rows(tenantId, batch, periode).compose(rows -> {
                for (DossierRows dossier : rows) {
                    for (Afstemming.Afwijking afwijking : Afstemming.of(dossier.rekening(), periode)) {
                        YearMonth month = afwijking.account().periode();
                        if (cursor.skips(dossier.dossierId(), month)) {
                            continue;
                        }
                        items.add(new AfstemmingPage.Item(tenantId, dossier.dossierId(), afwijking));
                        if (items.size() == limit) {
                            return Future.succeededFuture(new AfstemmingPage(periode, items,
                                    tenantId + "~" + dossier.dossierId() + "~" + month, scanned + batch.size()));
                        }
                    }
                }
                int total = scanned + batch.size();
                Cursor next = more ? new Cursor(cursor.tenant(), ids.get(DOSSIERS_PER_LOAD), null)
                        : new Cursor(cursor.tenant() + 1, "", null);
                if (total >= DOSSIERS_PER_PAGE && next.tenant() < scope.size()) {
                    // Bounded work per page: say where to go on even when nothing was found.
                    String volgende = more ? tenantId + "~" + ids.get(DOSSIERS_PER_LOAD) + "~" + Bounds.PERIODE_MIN.minusMonths(1)
                            : scope.get(next.tenant()) + "~-~" + Bounds.PERIODE_MIN.minusMonths(1);
                    return Future.succeededFuture(new AfstemmingPage(periode, items, volgende, total));
                }
                return scan(scope, periode, limit, next, items, total);
            });
        });
    }

    private List<String> scope(Caller caller) {
        if (caller.role() == Role.OPS) {
            return tenants.all().stream().map(Tenant::gemeentecode).sorted().toList();
        }
        return List.of(caller.tenantId());
    }

    private static void requireTenantRole(Caller caller, Role... roles) {
        for (Role role : roles) {
            if (caller.role() == role && caller.tenantId() != null) {
                return;
            }
        }
        throw new EngineError(EngineError.Kind.FORBIDDEN, "De rol " + caller.role().wireName() + " mag dit niet");
    }

    private static YearMonth period(String field, String text, List<Fout> fouten) {
        if (text == null) {
            return null;
        }
        YearMonth parsed = parse(text);
        if (parsed == null) {
            fouten.add(new Fout(field, "ONGELDIGE_PERIODE", "Een periode JJJJ-MM van " + Bounds.PERIODE_MIN
                    + " tot en met " + Bounds.PERIODE_MAX));
        }
        return parsed;
    }

    private static YearMonth parse(String text) {
        if (!PERIODE.matcher(text).matches()) {
            return null;
        }
        try {
            YearMonth parsed = YearMonth.parse(text);
            return Bounds.contains(parsed) ? parsed : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth cursorMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static long months(YearMonth from, YearMonth until) {
        return ChronoUnit.MONTHS.between(from, until) + 1;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
