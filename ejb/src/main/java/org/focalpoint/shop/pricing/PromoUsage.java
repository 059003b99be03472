package org.focalpoint.shop.pricing;

/** How often a code has been used so far, by everyone and by the account at hand (uses given back not counted). */
public record PromoUsage(long total, long byAccount) {

    public static final PromoUsage NONE = new PromoUsage(0, 0);
}
