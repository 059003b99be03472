package org.focalpoint.words;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {

    private final Words words = new Words("org.focalpoint.words.sample");

    @Test
    void countsChooseTheirPluralForm() {
        assertEquals("1 request is waiting for Kenji.", words.text(Words.ENGLISH, "waiting", 1, "Kenji"));
        assertEquals("3 requests are waiting for Kenji.", words.text(Words.ENGLISH, "waiting", 3, "Kenji"));
    }

    @Test
    void anApostropheIsWrittenOnceAndDatesAreWrittenThePlatformsWay() {
        assertEquals("You're opted in since 2 March 2026, reported 22 November 2026, 09:05 UTC.",
                words.text(Words.ENGLISH, "since", LocalDate.of(2026, 3, 2), Instant.parse("2026-11-22T09:05:00Z")));
    }

    @Test
    void argumentsMayBeNamed() {
        assertEquals("Dear Ana, run 1234 is done.", words.text(Words.ENGLISH, "named", Map.of("name", "Ana", "run", "1234")));
    }

    @Test
    void aLanguageWithItsOwnFileIsUsedAndOneWithoutFallsBackToEnglish() {
        assertEquals("2 demandes attendent Kenji.", words.text(Locale.FRENCH, "waiting", 2, "Kenji"));
        assertEquals("2 requests are waiting for Kenji.", words.text(Locale.GERMAN, "waiting", 2, "Kenji"));
        assertEquals("Dear Ana, run 7 is done.", words.text(Locale.FRENCH, "named", Map.of("name", "Ana", "run", "7")));
    }

    @Test
    void aWordingWritesEachUseOfAPatternWithItsOwnArgumentsInItsLanguageAndZone() {
        Wording french = words.in(Locale.FRENCH, ZoneId.of("Europe/Zurich"));
        assertEquals("1 demande attend Kenji.", french.text("waiting", 1, "Kenji"));
        assertEquals("4 demandes attendent Ana.", french.text("waiting", 4, "Ana"));
        assertEquals("You're opted in since 2 mars 2026, reported 22 novembre 2026, 10:05 CET.",
                french.text("since", LocalDate.of(2026, 3, 2), Instant.parse("2026-11-22T09:05:00Z")));
        assertTrue(french.isIn(Locale.FRENCH, ZoneId.of("Europe/Zurich")));
        assertFalse(french.isIn(Locale.FRENCH, ZoneId.of("UTC")));
        assertFalse(french.isIn(Words.ENGLISH, ZoneId.of("Europe/Zurich")));
    }

    @Test
    void anUnknownKeyFailsLoudly() {
        assertFalse(words.has("nothing"));
        assertTrue(words.has("waiting"));
        assertThrows(IllegalArgumentException.class, () -> words.text(Words.ENGLISH, "nothing"));
    }
}
