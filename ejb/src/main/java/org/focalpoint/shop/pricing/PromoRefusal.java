package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;

/** Why a promotional code is not taken, each with its words in the refusals bundle. */
public enum PromoRefusal {
    UNKNOWN("shop.pricing.code-unknown"),
    WITHDRAWN("shop.pricing.code-withdrawn"),
    NOT_YET_VALID("shop.pricing.code-not-yet-valid"),
    EXPIRED("shop.pricing.code-expired"),
    USED_UP("shop.pricing.code-used-up"),
    USED_UP_FOR_ACCOUNT("shop.pricing.code-used-up-for-account"),
    NOT_FOR_THESE_ITEMS("shop.pricing.code-not-for-these-items"),
    BELOW_MINIMUM("shop.pricing.code-below-minimum");

    private final String key;

    PromoRefusal(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * The refusal to throw, its words filled with the code as typed and the day or amount that
     * decided (the first day it is valid, the last, the code's minimum order).
     */
    public RuleViolation violation(PromoTerms terms, String entered) {
        return switch (this) {
            case NOT_YET_VALID -> new RuleViolation(key, terms.code(), terms.validFrom());
            case EXPIRED -> new RuleViolation(key, terms.code(), terms.validTo());
            case USED_UP_FOR_ACCOUNT -> new RuleViolation(key, terms.code(), terms.usesPerAccount());
            case BELOW_MINIMUM -> new RuleViolation(key, terms.code(), terms.minimumOrder().toPlainString());
            case UNKNOWN -> new RuleViolation(key, entered);
            default -> new RuleViolation(key, terms.code());
        };
    }
}
