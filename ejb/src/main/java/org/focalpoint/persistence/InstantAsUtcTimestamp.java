package org.focalpoint.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall time in a plain {@code timestamp} column. EclipseLink
 * 4.0 (JPA 3.1) does not map Instant itself and would serialize it into the column as bytes; UTC
 * keeps the stored value independent of the server's time zone on H2 and PostgreSQL alike.
 */
@Converter(autoApply = true)
public class InstantAsUtcTimestamp implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
