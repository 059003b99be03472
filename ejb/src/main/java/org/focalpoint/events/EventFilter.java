package org.focalpoint.events;

import org.focalpoint.organizations.Sector;

import java.time.LocalDate;

/**
 * What staff search events by; null means any. An event matches the dates when it takes place at
 * least partly between {@code from} and {@code until}.
 */
public record EventFilter(String title, Sector sector, EventKind kind, LocalDate from, LocalDate until) {

    public static EventFilter everything() {
        return new EventFilter(null, null, null, null, null);
    }
}
