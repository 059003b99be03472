package org.focalpoint.persistence;

import java.sql.Date;
import java.time.LocalDate;

/**
 * The values of a native query's row, which the JDBC drivers give in their own types: H2 and
 * PostgreSQL differ in the number type of a count or an id, and may give a date as java.sql.Date.
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
}
