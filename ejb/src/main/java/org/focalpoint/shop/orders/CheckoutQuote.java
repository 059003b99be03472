package org.focalpoint.shop.orders;

import org.focalpoint.shop.pricing.PriceQuote;

import java.util.List;

/** The cart priced for the buyer's choice: its lines at today's prices and what the order would cost. */
public record CheckoutQuote(List<CartItem> items, PriceQuote price, boolean shipsSomething) {
}
