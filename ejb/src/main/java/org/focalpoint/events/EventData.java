package org.focalpoint.events;

import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What staff type to create or edit an event. {@code place} is ignored for a virtual event;
 * {@code approvalRequired} matters for a workshop only (statutory events always wait for approval).
 */
public record EventData(Sector sector, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                        String place, boolean virtual, Instant registrationOpens, Instant registrationCloses,
                        boolean approvalRequired) {
}
