package org.focalpoint.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstantAsUtcTimestampTest {

    private final InstantAsUtcTimestamp converter = new InstantAsUtcTimestamp();

    @Test
    void anInstantIsStoredAsItsUtcWallTimeAndReadBackUnchanged() {
        Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");
        assertEquals(LocalDateTime.parse("2026-03-29T01:30:00.123456"), converter.convertToDatabaseColumn(instant));
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void noValueStaysNoValue() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
