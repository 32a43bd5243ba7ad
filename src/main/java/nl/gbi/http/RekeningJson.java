package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.gbi.domain.Money;
import nl.gbi.json.Json;
import nl.gbi.ledger.Afstemming;
import nl.gbi.ledger.Dossierrekening;
import nl.gbi.ledger.MonthAccount;
import nl.gbi.rekening.AfstemmingPage;
import nl.gbi.rekening.Rekening;

/** The dossierrekening and the afstemming as JSON (docs/rekening.md); amounts in euros with two decimals. */
final class RekeningJson {

    private RekeningJson() {
    }

    static ObjectNode rekening(Rekening answer) {
        Dossierrekening rekening = answer.rekening();
        ObjectNode body = Json.MAPPER.createObjectNode().put("dossierId", rekening.dossierId())
                .put("van", answer.van().toString()).put("tot", answer.tot().toString());
        ArrayNode maanden = body.putArray("maanden");
        for (Dossierrekening.Month month : answer.months()) {
            ObjectNode m = account(maanden.addObject(), month.account());
            if (month.entitlement() == null) {
                m.putNull("versie");
            } else {
                m.put("versie", month.entitlement().versie());
            }
            m.put("vakantiegeldUitbetaald", euros(month.vakantiegeldPaidCents()));
            ArrayNode betalingen = m.putArray("betalingen");
            for (Dossierrekening.Payment payment : month.payments()) {
                ObjectNode p = betalingen.addObject().put("soort", payment.soort()).put("bedrag", euros(payment.cents()))
                        .put("status", payment.state()).put("telt", payment.live()).put("iban", payment.ibanShown())
                        .put("endToEndId", payment.endToEndId());
                putLong(p, "batchId", payment.batchId());
                putLong(p, "herstelt", payment.correctsSeq());
            }
            ArrayNode boekingen = m.putArray("boekingen");
            for (Dossierrekening.Booking booking : month.bookings()) {
                ObjectNode b = boekingen.addObject().put("soort", booking.kind()).put("bedrag", euros(booking.cents()));
                if (booking.versie() != null) {
                    b.put("versie", booking.versie());
                }
                if (booking.voorschotId() != null) {
                    b.put("voorschotId", booking.voorschotId());
                }
            }
            ArrayNode voorschotten = m.putArray("voorschotten");
            for (Dossierrekening.Voorschot voorschot : month.voorschotten()) {
                ObjectNode v = voorschotten.addObject().put("id", voorschot.id()).put("bedrag", euros(voorschot.bedragCents()))
                        .put("status", voorschot.state()).put("reden", voorschot.reden());
                putLong(v, "batchId", voorschot.batchId());
            }
        }
        body.putObject("vakantiegeld").put("gereserveerd", euros(rekening.reservedTotalCents()))
                .put("uitbetaald", euros(rekening.vakantiegeldPaidCents())).put("reserve", euros(rekening.reserveCents()));
        body.putObject("vorderingen").put("geboekt", euros(rekening.vorderingenCents()))
                .put("afgelost", euros(rekening.aflossingenCents()))
                .put("kwijtgescholden", euros(rekening.kwijtgescholdenCents())).put("open", euros(rekening.openVorderingenCents()));
        return body;
    }

    static ObjectNode afstemming(AfstemmingPage page) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("periode", page.periode().toString());
        ArrayNode afwijkingen = body.putArray("afwijkingen");
        for (AfstemmingPage.Item item : page.items()) {
            Afstemming.Afwijking afwijking = item.afwijking();
            ObjectNode a = afwijkingen.addObject().put("gemeente", item.tenantId()).put("dossierId", item.dossierId())
                    .put("reden", afwijking.reason().name());
            account(a, afwijking.account());
            if (afwijking.versie() == null) {
                a.putNull("versie");
            } else {
                a.put("versie", afwijking.versie());
            }
        }
        if (page.volgende() == null) {
            body.putNull("volgende");
        } else {
            body.put("volgende", page.volgende());
        }
        body.put("dossiersBekeken", page.dossiersScanned());
        return body;
    }

    /** The month's account: recht (due), what was paid, reserved, verrekend and reclaimed, and the saldo still open. */
    private static ObjectNode account(ObjectNode node, MonthAccount account) {
        node.put("periode", account.periode().toString());
        if (account.versie() == null) {
            node.putNull("verrekendeVersie");
        } else {
            node.put("verrekendeVersie", account.versie());
        }
        return node.put("recht", euros(account.dueCents())).put("betaald", euros(account.paidCents()))
                .put("gereserveerd", euros(account.reservedCents())).put("verrekend", euros(account.offsetCents()))
                .put("vordering", euros(account.vorderingCents())).put("saldo", euros(account.unsettledCents()))
                .put("sluitend", account.balances());
    }

    private static java.math.BigDecimal euros(long cents) {
        return Money.ofCents(cents).toEuros();
    }

    private static void putLong(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
