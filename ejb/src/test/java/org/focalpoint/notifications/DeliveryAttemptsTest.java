package org.focalpoint.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:30:00Z");

    @Test
    void eachFailureDoublesTheWaitFromAMinute() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), DeliveryAttempts.nextTry(1, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(2))), DeliveryAttempts.nextTry(2, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(512))), DeliveryAttempts.nextTry(10, NOW));
    }

    @Test
    void theAttemptsAreSpentAfterAboutSeventeenHours() {
        Duration waited = Duration.ZERO;
        for (int failed = 1; failed < DeliveryAttempts.MAX; failed++) {
            waited = waited.plus(Duration.between(NOW, DeliveryAttempts.nextTry(failed, NOW).orElseThrow()));
        }
        assertEquals(Duration.ofMinutes(1023), waited);
        assertEquals(Optional.empty(), DeliveryAttempts.nextTry(DeliveryAttempts.MAX, NOW));
    }
}
