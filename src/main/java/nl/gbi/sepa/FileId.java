package nl.gbi.sepa;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of one pain.001 file: MsgId {@code GM0014/20250725/1A} is gemeentecode, requested execution
 * date and the file's sequence number (assigned by the database, unique per tenant for ever) in uppercase
 * base 36. Each file carries one payment information block, PmtInfId = MsgId + {@code /P1}. Both are unique
 * per debtor for ever because the file sequence is.
 */
public record FileId(String tenantCode, LocalDate executionDate, long fileSeq) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TENANT = Pattern.compile("[A-Z]{2}[0-9]{4}");
    private static final Pattern LAYOUT = Pattern.compile("([A-Z]{2}[0-9]{4})/([0-9]{8})/([0-9A-Z]{1,8})");

    public FileId {
        if (tenantCode == null || !TENANT.matcher(tenantCode).matches()) {
            throw new IllegalArgumentException("tenant code is not like GM0014: " + tenantCode);
        }
        if (executionDate == null || executionDate.getYear() < 2000 || executionDate.getYear() > 9999) {
            throw new IllegalArgumentException("execution date out of range: " + executionDate);
        }
        if (fileSeq < 1 || fileSeq > EndToEndId.PAYMENT_SEQ_MAX) {
            throw new IllegalArgumentException("file sequence out of range: " + fileSeq);
        }
    }

    public static FileId parseMsgId(String msgId) {
        Matcher m = LAYOUT.matcher(msgId == null ? "" : msgId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a MsgId of this engine: " + msgId);
        }
        FileId id = new FileId(m.group(1), LocalDate.parse(m.group(2), DATE), Long.parseLong(m.group(3), 36));
        if (!id.msgId().equals(msgId)) {
            throw new IllegalArgumentException("not in canonical form: " + msgId);
        }
        return id;
    }

    public String msgId() {
        return tenantCode + "/" + executionDate.format(DATE) + "/"
                + Long.toString(fileSeq, 36).toUpperCase(Locale.ROOT);
    }

    public String pmtInfId() {
        return msgId() + "/P1";
    }
}
