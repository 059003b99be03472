package org.focalpoint.shop;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At most four publications side by side, in the order chosen. */
class ComparisonTest {

    @Test
    void keepsTheOrderChosenAndEachOnce() {
        Comparison comparison = new Comparison();
        assertTrue(comparison.add(30));
        assertTrue(comparison.add(10));
        assertFalse(comparison.add(30));
        assertEquals(List.of(30L, 10L), comparison.publicationIds());
    }

    @Test
    void aFifthIsRefusedAndLeavesTheFour() {
        Comparison comparison = new Comparison();
        for (long id = 1; id <= 4; id++) {
            comparison.add(id);
        }
        RuleViolation refused = assertThrows(RuleViolation.class, () -> comparison.add(5));
        assertEquals("You can compare up to 4 publications at a time: please remove one from the comparison first.",
                refused.getMessage());
        assertEquals(List.of(1L, 2L, 3L, 4L), comparison.publicationIds());
        assertFalse(comparison.add(4), "one already there is no fifth");
    }

    @Test
    void removingOneMakesRoomAgain() {
        Comparison comparison = new Comparison();
        for (long id = 1; id <= 4; id++) {
            comparison.add(id);
        }
        assertTrue(comparison.remove(2));
        assertFalse(comparison.remove(2));
        assertTrue(comparison.add(5));
        assertEquals(List.of(1L, 3L, 4L, 5L), comparison.publicationIds());
    }

    @Test
    void keepsOnlyThoseStillOnOffer() {
        Comparison comparison = new Comparison();
        comparison.add(1);
        comparison.add(2);
        comparison.add(3);
        comparison.keepOnly(List.of(3L, 1L));
        assertEquals(List.of(1L, 3L), comparison.publicationIds());
    }
}
