package org.focalpoint.shop.orders;

import java.io.Serializable;

/**
 * What the buyer has chosen so far at checkout, enough to price the order: on behalf of which
 * affiliation (null: for themselves), the promotional code typed (null: none), and the countries
 * shipped to and billed to (null while not chosen).
 */
public record CheckoutChoice(Long affiliationId, String promoCode, String shipTo, String billTo) implements Serializable {
}
