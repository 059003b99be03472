package org.focalpoint.time;

import org.focalpoint.RuleViolation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days a person narrows a list to, from and to, both included, either left open; read as UTC
 * days, as the pages write moments in UTC.
 */
public record DayRange(LocalDate from, LocalDate to) implements Serializable {

    /** Refused, with what to do about it, when the days are the wrong way round. */
    public void check() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("dates.first-day-after-last", from.toString(), to.toString());
        }
    }

    /** The first instant in the range, or null for no lower bound. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range (the day after {@code to}), or null for no upper bound. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
