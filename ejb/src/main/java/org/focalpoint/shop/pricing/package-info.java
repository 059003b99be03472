/**
 * The shop's prices: the rules staff keep as data (member discounts, the Least Developed Countries,
 * the minimum order, promotional codes, shipping zones, tax rules) and {@link org.focalpoint.shop.pricing.Pricing},
 * the calculation of an order's price from a snapshot of them, which needs no server.
 */
package org.focalpoint.shop.pricing;
