package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.util.regex.Pattern;

/** A publication's product number, nine digits as the old shop gave them (100043228). */
public final class ProductNumber {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    private ProductNumber() {
    }

    /** The number as written, without the spaces people put around it; refused unless nine digits. */
    public static String of(String written) {
        String number = written == null ? "" : written.strip();
        if (!NINE_DIGITS.matcher(number).matches()) {
            throw new RuleViolation("shop.product-number-nine-digits", number);
        }
        return number;
    }
}
