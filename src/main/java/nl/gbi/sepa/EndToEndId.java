package nl.gbi.sepa;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment's EndToEndId: the key on which the bank's returns come back, so it must lead to the tenant, the
 * period, the payment and, where it fits, the dossier, and be unique for ever per debtor.
 *
 * <p>Layout {@code GM0014/2507/1Z3/GM0014-0000123}: gemeentecode, period as YYMM (20YY), the payment's
 * sequence number (assigned by the database, unique per tenant for ever, 1 to 36^8-1) in uppercase base 36,
 * then the dossierId when the whole stays within 35 characters. Uniqueness rests on gemeentecode + sequence;
 * period and dossier are there so a person reading a bank statement can find the payment without a lookup.
 *
 * @param dossierId the dossier, or null when it did not fit (the database finds it from the sequence)
 */
public record EndToEndId(String tenantCode, YearMonth period, long paymentSeq, String dossierId) {

    public static final long PAYMENT_SEQ_MAX = 2_821_109_907_455L; // 36^8 - 1

    private static final Pattern TENANT = Pattern.compile("[A-Z]{2}[0-9]{4}");
    private static final Pattern DOSSIER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern LAYOUT = Pattern.compile(
            "([A-Z]{2}[0-9]{4})/([0-9]{2})(0[1-9]|1[0-2])/([0-9A-Z]{1,8})(?:/([A-Za-z0-9-]{1,20}))?");

    public EndToEndId {
        if (tenantCode == null || !TENANT.matcher(tenantCode).matches()) {
            throw new IllegalArgumentException("tenant code is not like GM0014: " + tenantCode);
        }
        if (period == null || period.getYear() < 2000 || period.getYear() > 2099) {
            throw new IllegalArgumentException("period outside 2000-2099: " + period);
        }
        if (paymentSeq < 1 || paymentSeq > PAYMENT_SEQ_MAX) {
            throw new IllegalArgumentException("payment sequence outside 1.." + PAYMENT_SEQ_MAX + ": " + paymentSeq);
        }
        if (dossierId != null && !DOSSIER.matcher(dossierId).matches()) {
            throw new IllegalArgumentException("dossierId is not 1-20 of [A-Za-z0-9-]: " + dossierId);
        }
        if (dossierId != null && fixedPart(tenantCode, period, paymentSeq).length() + 1 + dossierId.length()
                > SepaIdentifier.LENGTH_MAX) {
            throw new IllegalArgumentException("dossierId does not fit in 35 characters; use of(...)");
        }
    }

    /** The identifier for a payment, with the dossierId included when it fits in 35 characters. */
    public static EndToEndId of(String tenantCode, YearMonth period, long paymentSeq, String dossierId) {
        String fixed = fixedPart(tenantCode, period, paymentSeq);
        boolean fits = dossierId != null && fixed.length() + 1 + dossierId.length() <= SepaIdentifier.LENGTH_MAX;
        return new EndToEndId(tenantCode, period, paymentSeq, fits ? dossierId : null);
    }

    /** Reads an EndToEndId this engine wrote; anything else is refused with IllegalArgumentException. */
    public static EndToEndId parse(String value) {
        Matcher m = LAYOUT.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an EndToEndId of this engine: " + value);
        }
        YearMonth period = YearMonth.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        long seq = Long.parseLong(m.group(4), 36);
        EndToEndId id = new EndToEndId(m.group(1), period, seq, m.group(5));
        if (!id.value().equals(value)) {
            throw new IllegalArgumentException("not in canonical form (leading zeros?): " + value);
        }
        return id;
    }

    public String value() {
        String fixed = fixedPart(tenantCode, period, paymentSeq);
        return dossierId == null ? fixed : fixed + "/" + dossierId;
    }

    private static String fixedPart(String tenantCode, YearMonth period, long paymentSeq) {
        int year = period.getYear() % 100;
        int month = period.getMonthValue();
        return new StringBuilder(20).append(tenantCode).append('/')
                .append((char) ('0' + year / 10)).append((char) ('0' + year % 10))
                .append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('/')
                .append(Long.toString(paymentSeq, 36).toUpperCase(Locale.ROOT)).toString();
    }

    @Override
    public String toString() {
        return value();
    }
}
