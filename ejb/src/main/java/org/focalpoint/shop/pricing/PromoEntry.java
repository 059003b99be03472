package org.focalpoint.shop.pricing;

/**
 * A code the buyer typed, with the terms found for it (null when there is no such code) and its
 * usage so far.
 */
public record PromoEntry(String entered, PromoTerms terms, PromoUsage usage) {

    public static PromoEntry unknown(String entered) {
        return new PromoEntry(entered, null, PromoUsage.NONE);
    }
}
