package org.focalpoint.shop.orders;

import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.shop.EditionFormat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the buyer reads about an order, in the language they ordered in: placed (with the invoice
 * when paid by transfer), paid, shipped, cancelled, refunded.
 */
final class OrderMail {

    private static final MailTemplate PLACED = new MailTemplate("order-placed");
    private static final MailTemplate PAID = new MailTemplate("order-paid");
    private static final MailTemplate SHIPPED = new MailTemplate("order-shipped");
    private static final MailTemplate CANCELLED = new MailTemplate("order-cancelled");
    private static final MailTemplate REFUNDED = new MailTemplate("order-refunded");

    private OrderMail() {
    }

    /** {@code invoice} is the PDF to attach, or null for a card payment. */
    static OutgoingMail placed(ShopOrder order, String orders, byte[] invoice) {
        Map<String, Object> facts = facts(order, orders);
        facts.put("way", order.getPaymentWay().name());
        facts.put("reference", QrReference.written(order.getPaymentReference()));
        facts.put("organization", order.getOrganization() == null ? "none" : order.getOrganization().getName());
        facts.put("lines", order.getLines().stream().map(line -> PLACED.part(order.getLanguage(), "line", Map.of(
                "quantity", line.getQuantity(), "title", line.getTitle(), "language", line.getLanguage(),
                "format", line.getFormat(), "productNumber", line.getProductNumber(), "net", line.getNet())))
                .collect(Collectors.joining("\n")));
        OutgoingMail.Attachment attached = invoice == null ? null
                : new OutgoingMail.Attachment(InvoiceFile.name(order), "application/pdf", invoice);
        return PLACED.mail(order.getLanguage(), order.getBuyerEmail(), facts, attached);
    }

    static OutgoingMail paid(ShopOrder order, String orders) {
        Map<String, Object> facts = facts(order, orders);
        facts.put("pdf", order.getLines().stream().anyMatch(l -> l.getFormat() == EditionFormat.PDF) ? "yes" : "no");
        facts.put("shipped", order.isShipped() ? "yes" : "no");
        return PAID.mail(order.getLanguage(), order.getBuyerEmail(), facts);
    }

    static OutgoingMail shipped(ShopOrder order, String orders) {
        Map<String, Object> facts = facts(order, orders);
        facts.put("shippedAt", order.getShippedAt());
        PostalAddress to = order.getShipping();
        facts.put("address", to == null ? "" : to.name() + "\n" + to.lines() + "\n" + to.country());
        return SHIPPED.mail(order.getLanguage(), order.getBuyerEmail(), facts);
    }

    static OutgoingMail cancelled(ShopOrder order, String orders, boolean byStaff) {
        Map<String, Object> facts = facts(order, orders);
        facts.put("by", byStaff ? "staff" : "buyer");
        facts.put("code", order.getPromoCode() == null ? "none" : order.getPromoCode());
        return CANCELLED.mail(order.getLanguage(), order.getBuyerEmail(), facts);
    }

    static OutgoingMail refunded(ShopOrder order, String orders) {
        Map<String, Object> facts = facts(order, orders);
        facts.put("note", order.getRefundNote());
        return REFUNDED.mail(order.getLanguage(), order.getBuyerEmail(), facts);
    }

    private static Map<String, Object> facts(ShopOrder order, String orders) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", order.getBuyerName());
        facts.put("number", order.getNumber());
        facts.put("placedAt", order.getPlacedAt());
        facts.put("total", order.getTotal());
        facts.put("orders", orders);
        return facts;
    }
}
