package org.focalpoint.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LikeTest {

    @Test
    void nothingTypedMeansNoFilter() {
        assertNull(Like.containing(null));
        assertNull(Like.containing("   "));
    }

    @Test
    void theFilterIsFoundAnywhereIgnoringCaseAndBlanksAround() {
        assertEquals("%ada love%", Like.containing("  Ada LOVE "));
    }

    @Test
    void wildcardsTypedByAPersonMatchThemselves() {
        assertEquals("%100!%!_a!!b%", Like.containing("100%_a!b"));
    }
}
