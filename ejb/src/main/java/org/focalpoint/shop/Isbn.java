package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.util.Locale;

/**
 * An edition's ISBN, kept as its 13 digits: written with or without hyphens and spaces, as
 * ISBN-13 or as an older ISBN-10 (converted, 978 before it), and refused when its check digit
 * does not match, as a mistyped ISBN would be.
 */
public final class Isbn {

    private Isbn() {
    }

    /** The ISBN-13 of what was written, or null when nothing was. */
    public static String of(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String digits = written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (digits.matches("\\d{13}") && checkDigit13(digits.substring(0, 12)) == digits.charAt(12) - '0') {
            return digits;
        }
        if (digits.matches("\\d{9}[\\dX]") && isbn10Valid(digits)) {
            String twelve = "978" + digits.substring(0, 9);
            return twelve + checkDigit13(twelve);
        }
        throw new RuleViolation("shop.isbn-invalid", written.strip());
    }

    private static int checkDigit13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean isbn10Valid(String ten) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int value = ten.charAt(i) == 'X' ? 10 : ten.charAt(i) - '0';
            if (value == 10 && i != 9) {
                return false;
            }
            sum += value * (10 - i);
        }
        return sum % 11 == 0;
    }
}
