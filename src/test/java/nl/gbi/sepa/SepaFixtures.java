package nl.gbi.sepa;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.Pain001Writer;
import nl.gbi.sepa.pain001.PaymentFileHeader;

/** Tenants, transactions and whole files for the SEPA tests, fixed or from a seeded Random. */
public final class SepaFixtures {

    public static final List<String> IBANS = List.of("NL91ABNA0417164300", "NL39RABO0300065264",
            "NL20INGB0001234567", "DE89370400440532013000", "BE68539007547034", "FR1420041010050500013M02606",
            "AT611904300234573201");
    public static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 7, 21, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    public static final LocalDate EXECUTION = LocalDate.of(2025, 7, 25);
    private static final List<String> NAMES = List.of("R de Vries", "Renée de Vries", "Jürgen Groß",
            "Çağla Yılmaz", "Łukasz Wałęsa", "Bjørn Ærøskøbing", "François Lefèvre", "Woonstichting De Key",
            "D'Hondt & Zonen", "Ĳsbrand van 't Hek");

    private SepaFixtures() {
    }

    public static Tenant tenant() {
        return new Tenant("GM0014", "Gemeente Groningen", new Iban("NL20INGB0001234567"), "BNGHNL2G", 25, false,
                Month.MAY, Set.of(5, 10, 20, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 10_000,
                Money.ofCents(10_000_000));
    }

    public static FileId fileId(long fileSeq) {
        return new FileId("GM0014", EXECUTION, fileSeq);
    }

    /** A transfer with deterministic content for sequence number {@code seq}. */
    public static CreditTransfer transfer(long seq, long cents) {
        String dossier = "GM0014-" + String.format("%07d", seq % 10_000_000);
        String e2e = EndToEndId.of("GM0014", YearMonth.of(2025, 7), seq, dossier).value();
        String name = ((Transliteration.Text) Transliterator.transliterate(NAMES.get((int) (seq % NAMES.size())),
                70)).value();
        return new CreditTransfer(e2e, Money.ofCents(cents), name, new Iban(IBANS.get((int) (seq % IBANS.size()))),
                "Uitkering Participatiewet juli 2025 dossier " + dossier, seq % 3 != 0);
    }

    public static List<CreditTransfer> randomBatch(Random random, int count) {
        List<CreditTransfer> batch = new ArrayList<>(count);
        long seqStart = 1 + random.nextInt(1_000_000);
        for (int i = 0; i < count; i++) {
            long cents = random.nextInt(10) == 0 ? 1 + random.nextInt(99) : 1 + random.nextInt(500_000);
            batch.add(transfer(seqStart + i, cents));
        }
        return batch;
    }

    public static PaymentFileHeader header(long fileSeq, List<CreditTransfer> batch) {
        long sum = batch.stream().mapToLong(t -> t.amount().cents()).sum();
        return PaymentFileHeader.forTenant(tenant(), fileId(fileSeq), CREATED, batch.size(), Money.ofCents(sum));
    }

    public static byte[] write(long fileSeq, List<CreditTransfer> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer.write(header(fileSeq, batch), batch.iterator(), out);
        return out.toByteArray();
    }
}
