package org.focalpoint.events;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An upcoming event as the signed-in person sees it: the affiliations they may register on behalf
 * of ({@code choices}), or why they cannot ({@code whyNot}), and their registration if they have one.
 * A cancelled event stays in the list, marked, so that those who registered see what became of it.
 */
public record EventOffer(Long id, String title, Sector sector, EventKind kind, LocalDate startsOn, LocalDate endsOn,
                         String place, boolean virtual, Instant registrationOpens, Instant registrationCloses,
                         boolean cancelled, RegistrationState registered, List<Choice> choices, String whyNot)
        implements Serializable {

    /** An approved affiliation the person may register on behalf of. */
    public record Choice(Long affiliationId, String organization) implements Serializable {
    }

    public boolean canRegister() {
        return !choices.isEmpty();
    }
}
