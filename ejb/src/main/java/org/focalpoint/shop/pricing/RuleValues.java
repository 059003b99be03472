package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Countries;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What staff type into the price rules (percentages, amounts in CHF, names, countries), checked as the rules need it. */
final class RuleValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleValues() {
    }

    /** More than 0, at most 100, to two decimals. */
    static BigDecimal percent(BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("shop.pricing.percent-range", percent == null ? "" : percent.toPlainString());
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("shop.pricing.percent-decimals", percent.toPlainString());
        }
        return percent.setScale(2);
    }

    /** An amount in CHF, not negative, to the centime. */
    static BigDecimal chf(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new RuleViolation("shop.pricing.amount-not-negative", amount == null ? "" : amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("shop.pricing.amount-in-centimes", amount.toPlainString());
        }
        return amount.setScale(2);
    }

    /** A name staff give a rule or zone: present, stripped, within the column. */
    static String name(String name, int length) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new RuleViolation("shop.pricing.enter-name");
        }
        if (clean.length() > length) {
            throw new RuleViolation("shop.pricing.name-too-long", length);
        }
        return clean;
    }

    /** A country as an ISO 3166-1 alpha-2 code, in capitals; refused unless known. */
    static String country(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new RuleViolation("shop.pricing.choose-country");
        }
        if (!Countries.isKnown(code)) {
            throw new RuleViolation("shop.pricing.unknown-country", code);
        }
        return code;
    }

    static Set<String> countries(Set<String> typed) {
        return typed == null ? Set.of() : typed.stream().map(RuleValues::country).collect(Collectors.toUnmodifiableSet());
    }
}
