package org.focalpoint.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The values of a native query's row, which the JDBC drivers give in their own types: H2 and
 * PostgreSQL differ in the number type of a count or an id, and may give a date as java.sql.Date;
 * and the values bound to one, which must be stored as the entities store them.
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Null stays null. */
    public static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    /** An instant as its timestamp columns hold it ({@link InstantAsUtcTimestamp}), whatever the server's time zone. */
    public static LocalDateTime timestamp(Instant instant) {
        return new InstantAsUtcTimestamp().convertToDatabaseColumn(instant);
    }
}
