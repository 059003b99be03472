package org.focalpoint.shop.orders;

import org.focalpoint.words.Labelled;

/**
 * What a credit from the bank's file did: paid its order; matched no order (an unknown or another
 * order's reference, or none); was less or more than the order's total; came for an order already
 * paid; or was in another currency than the order's.
 */
public enum CreditOutcome implements Labelled {
    PAID,
    UNMATCHED,
    PARTIAL,
    ALREADY_PAID,
    OTHER_CURRENCY;

    /** Staff must look at it: money arrived that paid nothing. */
    public boolean needsStaff() {
        return this != PAID;
    }

    @Override
    public String labelGroup() {
        return "credit-outcome";
    }
}
