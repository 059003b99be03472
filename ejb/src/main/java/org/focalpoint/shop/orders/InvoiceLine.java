package org.focalpoint.shop.orders;

import java.math.BigDecimal;

/**
 * One line of an invoice as the order froze it: what was bought, how many, the price of one, the
 * line's amount after its discount, and the words that say which discount applied and why (null
 * when none did).
 */
public record InvoiceLine(String description, int quantity, BigDecimal unitPrice, BigDecimal amount, String discount) {
}
