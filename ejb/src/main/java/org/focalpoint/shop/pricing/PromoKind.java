package org.focalpoint.shop.pricing;

import org.focalpoint.words.Labelled;

/** What a promotional code takes off: a percentage of the lines it is for, or an amount in CHF. */
public enum PromoKind implements Labelled {
    PERCENT,
    AMOUNT;

    @Override
    public String labelGroup() {
        return "promo-kind";
    }
}
