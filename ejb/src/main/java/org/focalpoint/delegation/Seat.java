package org.focalpoint.delegation;

import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.io.Serializable;
import java.util.Locale;

/** One organization and sector whose registrations a person decides, as pages name it. */
public record Seat(Long organizationId, String organizationName, Sector sector) implements Serializable {

    public String label(Locale locale) {
        return organizationName + ", " + sector.label(locale);
    }
}
