package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The QR reference of an order, checked against the examples of the Swiss payment standards. */
class QrReferenceTest {

    /** The example of SIX's implementation guidelines for the QR-bill. */
    static final String SIX_EXAMPLE = "210000000003139471430009017";

    @Test
    void thePublishedExampleIsValidAndEachChangedDigitIsNot() {
        assertTrue(QrReference.isValid(SIX_EXAMPLE));
        for (int i = 0; i < SIX_EXAMPLE.length(); i++) {
            char other = (char) ('0' + (SIX_EXAMPLE.charAt(i) - '0' + 1) % 10);
            String changed = SIX_EXAMPLE.substring(0, i) + other + SIX_EXAMPLE.substring(i + 1);
            assertFalse(QrReference.isValid(changed), changed);
        }
    }

    @Test
    void twoNeighbouringDigitsSwappedAreCaught() {
        assertFalse(QrReference.isValid("120000000003139471430009017"));
    }

    @Test
    void theWrittenFormIsReadAsTheDigits() {
        assertEquals("21 00000 00003 13947 14300 09017", QrReference.written(SIX_EXAMPLE));
        assertTrue(QrReference.isValid("21 00000 00003 13947 14300 09017"));
    }

    @Test
    void aReferenceOfTheWrongLengthOrWithLettersIsNotValid() {
        assertFalse(QrReference.isValid(SIX_EXAMPLE.substring(1)));
        assertFalse(QrReference.isValid(SIX_EXAMPLE + "0"));
        assertFalse(QrReference.isValid("RF18539007547034"));
        assertFalse(QrReference.isValid(""));
        assertFalse(QrReference.isValid(null));
    }

    @Test
    void anOrdersReferenceIsItsNumberPaddedWithItsCheckDigit() {
        String reference = QrReference.of("2600000123");
        assertEquals(27, reference.length());
        assertTrue(reference.startsWith("00000000000000002600000123"), reference);
        assertTrue(QrReference.isValid(reference));
        assertEquals("2600000123", QrReference.orderNumberOf(reference));
        assertEquals("2600000123", QrReference.orderNumberOf(QrReference.written(reference)));
    }

    @Test
    void neighbouringOrdersGetReferencesThatDifferInTheCheckDigitToo() {
        String one = QrReference.of("2600000123");
        String next = QrReference.of("2600000124");
        assertTrue(QrReference.isValid(next));
        assertFalse(QrReference.isValid(one.substring(0, 26) + next.charAt(26)));
    }

    @Test
    void aMistypedReferenceIsRefusedRatherThanReadAsAnotherOrder() {
        String reference = QrReference.of("2600000123");
        String mistyped = reference.substring(0, 25) + "4" + reference.charAt(26);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> QrReference.orderNumberOf(mistyped));
        assertEquals("shop.orders.reference-invalid", refused.key());
        assertTrue(refused.getMessage().contains(mistyped), refused.getMessage());
    }

    @Test
    void aValidReferenceThatNoOrderWasGivenIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> QrReference.orderNumberOf(SIX_EXAMPLE));
        assertEquals("shop.orders.reference-not-an-order", refused.key());
        assertTrue(refused.getMessage().contains("21 00000 00003 13947 14300 09017"), refused.getMessage());
    }

    @Test
    void anOrderNumberOfOtherThanTenDigitsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> QrReference.of("123"));
        assertThrows(IllegalArgumentException.class, () -> QrReference.of("26000001234"));
    }
}
