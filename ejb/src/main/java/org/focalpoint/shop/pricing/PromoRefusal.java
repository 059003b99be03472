package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;

/** Why a promotional code is not taken, each with its words in the refusals bundle (shop.pricing.code-…). */
public enum PromoRefusal {
    UNKNOWN,
    WITHDRAWN,
    NOT_YET_VALID,
    EXPIRED,
    USED_UP,
    USED_UP_FOR_ACCOUNT,
    NOT_FOR_THESE_ITEMS,
    BELOW_MINIMUM;

    /**
     * The refusal to throw or show, filled with the code and the day, number or amount that
     * decided; an unknown code is named as typed.
     */
    public RuleViolation violation(PromoTerms terms, String entered) {
        return switch (this) {
            case UNKNOWN -> new RuleViolation("shop.pricing.code-unknown", entered);
            case WITHDRAWN -> new RuleViolation("shop.pricing.code-withdrawn", terms.code());
            case NOT_YET_VALID -> new RuleViolation("shop.pricing.code-not-yet-valid", terms.code(), terms.validFrom());
            case EXPIRED -> new RuleViolation("shop.pricing.code-expired", terms.code(), terms.validTo());
            case USED_UP -> new RuleViolation("shop.pricing.code-used-up", terms.code());
            case USED_UP_FOR_ACCOUNT -> new RuleViolation("shop.pricing.code-used-up-for-account", terms.code(),
                    terms.usesPerAccount());
            case NOT_FOR_THESE_ITEMS -> new RuleViolation("shop.pricing.code-not-for-these-items", terms.code());
            case BELOW_MINIMUM -> new RuleViolation("shop.pricing.code-below-minimum", terms.code(),
                    terms.minimumOrder().toPlainString());
        };
    }
}
