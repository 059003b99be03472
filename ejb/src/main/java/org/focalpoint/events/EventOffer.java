package org.focalpoint.events;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An upcoming event as the signed-in person sees it: their approved affiliations to register on
 * behalf of ({@code choices}, each saying whether it qualifies), or why they cannot register at all
 * ({@code whyNot}), and their registration if they have one. A cancelled event stays in the list,
 * marked, so that those who registered see what became of it.
 */
public record EventOffer(Long id, String title, Sector sector, EventKind kind, LocalDate startsOn, LocalDate endsOn,
                         String place, boolean virtual, Instant registrationOpens, Instant registrationCloses,
                         boolean cancelled, RegistrationState registered, List<Choice> choices, String whyNot)
        implements Serializable {

    /**
     * An approved affiliation of the person. One that does not qualify (its organization is not in
     * the event's sector, say) is still offered beside one that does, so that the person sees all
     * their organizations and, choosing it, reads the registration's refusal.
     */
    public record Choice(Long affiliationId, String organization, boolean qualifies) implements Serializable {
    }

    public boolean canRegister() {
        return choices.stream().anyMatch(Choice::qualifies);
    }

    /** The one affiliation that qualifies, to start from, when the person has several; empty otherwise. */
    public Optional<Long> onlyQualifying() {
        List<Choice> qualifying = choices.stream().filter(Choice::qualifies).toList();
        return choices.size() > 1 && qualifying.size() == 1 ? Optional.of(qualifying.get(0).affiliationId())
                : Optional.empty();
    }
}
