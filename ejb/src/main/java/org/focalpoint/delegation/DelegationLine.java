package org.focalpoint.delegation;

import org.focalpoint.events.RegistrationState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One registration of an organization's delegation to an upcoming event, whatever its state. */
public record DelegationLine(Long registrationId, String eventTitle, LocalDate eventStartsOn, LocalDate eventEndsOn,
                             String delegateName, String email, RegistrationState state, Instant decidedAt,
                             String decidedBy, String reason) implements Serializable {
}
