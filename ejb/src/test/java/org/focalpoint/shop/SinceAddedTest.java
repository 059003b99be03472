package org.focalpoint.shop;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.focalpoint.shop.Availability.*;
import static org.focalpoint.shop.SinceAdded.Change.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a wish list says changed about an edition since it was added. */
class SinceAddedTest {

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void nothingChangedWhenThePriceIsTheSameWrittenAnotherWay() {
        SinceAdded since = SinceAdded.of(chf("10"), AVAILABLE, chf("10.00"), AVAILABLE, false);
        assertTrue(since.nothing());
    }

    @Test
    void aHigherPriceIsUpALowerOneDown() {
        assertEquals(Set.of(PRICE_UP), SinceAdded.of(chf("78.00"), AVAILABLE, chf("78.05"), AVAILABLE, false).changes());
        assertEquals(Set.of(PRICE_DOWN), SinceAdded.of(chf("78.00"), AVAILABLE, chf("0.00"), AVAILABLE, false).changes());
    }

    @Test
    void availabilityChangesEitherWay() {
        assertEquals(Set.of(AVAILABILITY_CHANGED),
                SinceAdded.of(chf("150"), FORTHCOMING, chf("150"), AVAILABLE, false).changes());
        assertEquals(Set.of(AVAILABILITY_CHANGED),
                SinceAdded.of(chf("40"), AVAILABLE, chf("40"), OUT_OF_PRINT, false).changes());
    }

    @Test
    void aWithdrawnEditionSaysSoBesideItsOtherChanges() {
        SinceAdded since = SinceAdded.of(chf("45"), AVAILABLE, chf("60"), OUT_OF_PRINT, true);
        assertEquals(Set.of(PRICE_UP, AVAILABILITY_CHANGED, WITHDRAWN), since.changes());
        assertTrue(since.withdrawn() && since.priceUp() && since.availabilityChanged());
    }
}
