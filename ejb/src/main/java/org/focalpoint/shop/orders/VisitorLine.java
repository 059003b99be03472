package org.focalpoint.shop.orders;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of a visitor's cart, kept in the visit until sign-in: the edition, how many, and the price seen when added. */
public record VisitorLine(Long editionId, int quantity, BigDecimal priceWhenAdded) implements Serializable {
}
