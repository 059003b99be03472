package org.focalpoint.shop.orders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.focalpoint.accounts.Countries;
import org.focalpoint.time.TimeZones;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's invoice with its Swiss QR-bill, as a PDF: made from the order whenever it is asked
 * for (the order's figures are frozen, so the invoice is always the same), never stored.
 */
@Dependent
public class InvoiceFile {

    /** The invoice asks for payment within thirty days of the order. */
    private static final Duration PAYABLE_WITHIN = Duration.ofDays(30);

    private static final String CHF = "CHF";

    @Inject
    private CreditorAccount creditor;

    static String name(ShopOrder order) {
        return "invoice-" + order.getNumber() + ".pdf";
    }

    byte[] pdf(ShopOrder order) {
        LocalDate placed = LocalDate.ofInstant(order.getPlacedAt(), TimeZones.DEFAULT);
        PostalAddress billing = order.getBilling();
        OrderAmounts amounts = order.getAmounts();
        List<InvoiceLine> lines = order.getLines().stream().map(line -> new InvoiceLine(
                line.getTitle() + " (" + line.getProductNumber() + ")", line.getQuantity(), line.getUnitPrice(),
                line.getNet(), line.getPriceRule())).toList();
        return InvoiceDocument.of(new InvoiceFacts(order.getNumber(), placed, LocalDate.ofInstant(
                order.getPlacedAt().plus(PAYABLE_WITHIN), TimeZones.DEFAULT), billing.name(), billing.organization(),
                addressLines(billing), lines,
                amounts.subtotal().subtract(amounts.discount()), amounts.promoDiscount(), amounts.shipping(),
                amounts.tax(), amounts.total(), CHF, creditor, order.getPaymentReference(), order.getLanguage()));
    }

    /** The address as typed, line by line, and its country. */
    private static List<String> addressLines(PostalAddress billing) {
        List<String> lines = new ArrayList<>(billing.lines().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        lines.add(Countries.name(billing.country()));
        return lines;
    }
}
