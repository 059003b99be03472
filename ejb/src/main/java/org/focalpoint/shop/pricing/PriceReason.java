package org.focalpoint.shop.pricing;

import org.focalpoint.words.Labelled;

/**
 * Why a line costs what it does, for the page to say: its words are in the labels bundle, filled
 * with the line's {@link QuotedLine#reasonArguments()}.
 */
public enum PriceReason implements Labelled {
    /** A discount rule applies: its name and percent. */
    MEMBER_PRICE,
    /** Bought for oneself, not on behalf of an organization. */
    FOR_ONESELF,
    /** No rule is for the organization's membership category: the category. */
    NO_RULE_FOR_CATEGORY,
    /** A rule for the category is for electronic editions only: its name. */
    ELECTRONIC_ONLY,
    /** A rule for the category is for Least Developed Countries only: its name. */
    LEAST_DEVELOPED_ONLY,
    /** A rule would apply but the order is below the minimum: the minimum in CHF. */
    BELOW_MINIMUM_ORDER,
    /** A rule would apply but the promotional code, not combinable, replaces it: the code. */
    REPLACED_BY_CODE;

    @Override
    public String labelGroup() {
        return "price-reason";
    }
}
