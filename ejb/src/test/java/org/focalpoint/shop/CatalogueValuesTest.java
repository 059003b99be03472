package org.focalpoint.shop;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the catalogue accepts for a publication's product number and an edition's ISBN, price and availability. */
class CatalogueValuesTest {

    @Test
    void aProductNumberIsNineDigits() {
        assertEquals("100043228", ProductNumber.of(" 100043228 "));
        for (String wrong : new String[] {"10004322", "1000432281", "10004322X", "", null}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> ProductNumber.of(wrong));
            assertTrue(refused.getMessage().startsWith("A product number has nine digits"), refused.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({
            "978-92-61-12345-1, 9789261123451",
            "978 92 61 12345 1, 9789261123451",
            "9789261123451,     9789261123451",
            "0-306-40615-2,     9780306406157",
            "080442957X,        9780804429573",
    })
    void anIsbnIsKeptAsItsThirteenDigits(String written, String kept) {
        assertEquals(kept, Isbn.of(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"978-92-61-12345-0", "0-306-40615-3", "97892611234", "ISBN 978-92-61-12345-1", "X806406152"})
    void anIsbnWithAWrongCheckDigitOrShapeIsRefused(String written) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Isbn.of(written));
        assertTrue(refused.getMessage().contains("is not a valid ISBN"), refused.getMessage());
    }

    @Test
    void noIsbnIsNone() {
        assertNull(Isbn.of(null));
        assertNull(Isbn.of("  "));
    }

    @Test
    void anEditionIsFreeAtZeroAndPricedToTheCentime() {
        Edition edition = publication().addEdition(EditionLanguage.FRENCH, EditionFormat.PDF);
        assertTrue(edition.isFree(), "free until priced");
        edition.price(new BigDecimal("49"));
        assertEquals(new BigDecimal("49.00"), edition.getPrice());
        assertFalse(edition.isFree());
        assertThrows(RuleViolation.class, () -> edition.price(new BigDecimal("-1")));
        assertThrows(RuleViolation.class, () -> edition.price(new BigDecimal("12.345")));
        assertThrows(RuleViolation.class, () -> edition.price(null));
        assertEquals(new BigDecimal("49.00"), edition.getPrice(), "a refused price changes nothing");
    }

    @Test
    void aForthcomingEditionSaysWhenItIsExpected() {
        Edition edition = publication().addEdition(EditionLanguage.ARABIC, EditionFormat.PRINT);
        assertThrows(RuleViolation.class, () -> edition.availability(Availability.FORTHCOMING, null));
        edition.availability(Availability.FORTHCOMING, LocalDate.of(2027, 3, 1));
        assertEquals(LocalDate.of(2027, 3, 1), edition.getExpectedOn());
        edition.availability(Availability.AVAILABLE, LocalDate.of(2027, 3, 1));
        assertNull(edition.getExpectedOn(), "only a forthcoming edition is expected");
    }

    @Test
    void theSixLanguagesAreKnownByTheirCodes() {
        assertEquals(EditionLanguage.CHINESE, EditionLanguage.ofCode("zh"));
        assertEquals(EditionLanguage.ARABIC, EditionLanguage.ofCode(" AR "));
        assertNull(EditionLanguage.ofCode("de"));
        assertNull(EditionLanguage.ofCode(null));
    }

    private static Publication publication() {
        return new Publication("100043228", "Handbook on Satellite Communications", ShopCategory.ITU_R, 2026, Instant.EPOCH);
    }
}
