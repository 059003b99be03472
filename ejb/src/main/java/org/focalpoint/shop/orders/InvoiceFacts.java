package org.focalpoint.shop.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What an invoice states, taken from its order: who is billed (the organization null when the
 * buyer pays for themselves), the lines, the totals in the currency, the account to pay into and
 * the order's QR reference, and the language its words are written in. The total must be the
 * lines' amounts less the order's discount plus shipping and tax, or the QR-bill would ask for
 * another amount than the invoice shows: figures that do not add up are a programming error.
 */
public record InvoiceFacts(String orderNumber,
                           LocalDate invoiceDate,
                           LocalDate dueDate,
                           String buyerName,
                           String organization,
                           List<String> billingAddress,
                           List<InvoiceLine> lines,
                           BigDecimal subtotal,
                           BigDecimal discount,
                           BigDecimal shipping,
                           BigDecimal tax,
                           BigDecimal total,
                           String currency,
                           CreditorAccount creditor,
                           String reference,
                           Locale locale) {

    public InvoiceFacts {
        billingAddress = List.copyOf(billingAddress);
        lines = List.copyOf(lines);
        BigDecimal linesSum = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (linesSum.compareTo(subtotal) != 0 || subtotal.subtract(discount).add(shipping).add(tax).compareTo(total) != 0) {
            throw new IllegalArgumentException(orderNumber + ": " + linesSum + ", " + subtotal + ", " + discount + ", "
                    + shipping + ", " + tax + ", " + total);
        }
    }
}
