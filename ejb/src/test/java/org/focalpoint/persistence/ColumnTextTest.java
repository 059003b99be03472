package org.focalpoint.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ColumnTextTest {

    @Test
    void nothingStaysNothing() {
        assertNull(ColumnText.fit(null, 10));
    }

    @Test
    void textThatFitsIsKeptWhole() {
        assertEquals("short", ColumnText.fit("short", 10));
        assertEquals("0123456789", ColumnText.fit("0123456789", 10));
    }

    @Test
    void longerTextIsCutToTheLengthWithTheCutMarked() {
        String fitted = ColumnText.fit("0123456789A", 10);
        assertEquals("012345678…", fitted);
        assertEquals(10, fitted.length());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotSplitAtTheCut() {
        // the emoji takes the 9th and 10th UTF-16 units: it goes whole rather than leaving half of it
        String fitted = ColumnText.fit("01234567\uD83D\uDE00tail", 10);
        assertEquals("01234567…", fitted);
        assertEquals("0123456\uD83D\uDE00…", ColumnText.fit("0123456\uD83D\uDE00tail", 10));
    }

    @Test
    void nulCharactersAreDroppedBeforeMeasuring() {
        assertEquals("0123456789", ColumnText.fit("01234\u000056789", 10));
        assertEquals("…", ColumnText.fit("\u0000\u0000ab", 1));
    }
}
