package org.focalpoint.time;

import org.focalpoint.RuleViolation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days a person narrows a list to, from and to, both included, either left open; days of the
 * person's time zone, the one the page writes moments in.
 */
public record DayRange(LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

    public DayRange {
        zone = zone == null ? TimeZones.UTC : zone;
    }

    /** Refused, with what to do about it, when the days are the wrong way round. */
    public void check() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolation("dates.first-day-after-last", from.toString(), to.toString());
        }
    }

    /** The first instant in the range, or null for no lower bound. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range (the day after {@code to}), or null for no upper bound. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
