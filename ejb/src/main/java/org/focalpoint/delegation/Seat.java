package org.focalpoint.delegation;

import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.io.Serializable;

/** One organization and sector whose registrations a person decides, as pages name it. */
public record Seat(Long organizationId, String organizationName, Sector sector) implements Serializable {

    public String label() {
        return organizationName + ", " + sector.label(Words.ENGLISH);
    }
}
