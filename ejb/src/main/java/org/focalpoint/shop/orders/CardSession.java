package org.focalpoint.shop.orders;

/** A Stripe Checkout Session opened for an order: its id, and the payment page to send the buyer to. */
public record CardSession(String id, String url) {
}
