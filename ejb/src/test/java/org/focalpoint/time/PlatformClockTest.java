package org.focalpoint.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformClockTest {

    private final PlatformClock platform = new PlatformClock();
    private final Clock clock = platform.clock();

    @Test
    void runsWithTheSystemInUtc() {
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void aTestSetsTheTimeAndItTicksOnFromThere() {
        platform.setTo(Instant.parse("2031-02-28T23:59:00Z"));
        Instant set = clock.instant();
        assertTrue(Duration.between(Instant.parse("2031-02-28T23:59:00Z"), set).abs().toSeconds() < 5, set.toString());
        assertEquals(LocalDate.of(2031, 2, 28), LocalDate.now(clock));
        assertTrue(!clock.instant().isBefore(set));
        platform.reset();
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void aTestLetsTimePassAndTheShiftsAddUp() {
        platform.advance(Duration.ofMinutes(6));
        platform.advance(Duration.ofHours(48));
        Duration ahead = Duration.between(Instant.now(), clock.instant());
        assertTrue(ahead.minus(Duration.ofHours(48).plusMinutes(6)).abs().toSeconds() < 5, ahead.toString());
        platform.reset();
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }
}
