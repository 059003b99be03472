package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;

/**
 * The QR reference (QRR) that an invoice's QR-bill carries and the bank returns with the credit:
 * the order number, zeros before it to 26 digits, and a check digit by the recursive modulo 10 of
 * the Swiss payment standards, so that a mistyped reference is refused rather than matched to
 * another order. Kept as its 27 digits; people read it in blocks of five from the right.
 */
public final class QrReference {

    private static final int LENGTH = 27;
    private static final int ORDER_NUMBER_LENGTH = 10;
    /** The carry table of the recursive modulo 10 (SIX, "ISR/QRR check digit"). */
    private static final int[] CARRY = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private QrReference() {
    }

    /** The reference of the order whose 10-digit number is given; any other number is a programming error. */
    public static String of(String orderNumber) {
        if (orderNumber == null || !orderNumber.matches("\\d{" + ORDER_NUMBER_LENGTH + "}")) {
            throw new IllegalArgumentException(String.valueOf(orderNumber));
        }
        String digits = "0".repeat(LENGTH - 1 - ORDER_NUMBER_LENGTH) + orderNumber;
        return digits + checkDigit(digits);
    }

    /** Whether the text, its blanks aside, is a QR reference whose check digit matches. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replaceAll("\\s", "");
        return digits.matches("\\d{" + LENGTH + "}")
                && checkDigit(digits.substring(0, LENGTH - 1)) == digits.charAt(LENGTH - 1) - '0';
    }

    /** The order number a reference names: refused when it is mistyped or is not one an order of ours was given. */
    public static String orderNumberOf(String reference) {
        if (!isValid(reference)) {
            throw new RuleViolation("shop.orders.reference-invalid", String.valueOf(reference).strip());
        }
        String digits = reference.replaceAll("\\s", "");
        int start = LENGTH - 1 - ORDER_NUMBER_LENGTH;
        if (!digits.substring(0, start).chars().allMatch(digit -> digit == '0')) {
            throw new RuleViolation("shop.orders.reference-not-an-order", written(digits));
        }
        return digits.substring(start, LENGTH - 1);
    }

    /** As printed on a payment slip: two digits, then blocks of five ("21 00000 00003 13947 14300 09017"). */
    public static String written(String reference) {
        String digits = reference.replaceAll("\\s", "");
        StringBuilder written = new StringBuilder(digits.length() + 5);
        int head = digits.length() % 5;
        written.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 5) {
            if (!written.isEmpty()) {
                written.append(' ');
            }
            written.append(digits, i, Math.min(i + 5, digits.length()));
        }
        return written.toString();
    }

    private static int checkDigit(String digits) {
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            carry = CARRY[(carry + digits.charAt(i) - '0') % 10];
        }
        return (10 - carry) % 10;
    }
}
