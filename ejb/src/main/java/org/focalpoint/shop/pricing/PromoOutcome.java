package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;

import java.math.BigDecimal;

/** What became of the code typed: taken, with what it takes off, or refused and why. */
public record PromoOutcome(String entered, PromoTerms terms, PromoRefusal refusal, BigDecimal discount) {

    static PromoOutcome refused(PromoEntry entry, PromoRefusal refusal) {
        return new PromoOutcome(entry.entered(), entry.terms(), refusal, Money.ZERO);
    }

    public boolean isTaken() {
        return refusal == null;
    }

    /** The refusal's words with their values, for the page. */
    public RuleViolation refusalMessage() {
        return refusal.violation(terms, entered);
    }
}
