package org.focalpoint.events;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.LocalDate;

/** What a delegate looks for among upcoming events; every part may be left empty (null). */
public record EventSearch(Sector sector, EventKind kind, LocalDate from, LocalDate to, String text)
        implements Serializable {

    public static final EventSearch ALL = new EventSearch(null, null, null, null, null);
}
