package org.focalpoint.shop.pricing;

import java.math.BigDecimal;

/** The tax of the billing country's rule, on what the order costs with shipping. */
public record TaxCharge(String name, BigDecimal percent, BigDecimal amount) {
}
