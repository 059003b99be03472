package org.focalpoint.delegation;

import org.focalpoint.affiliations.TiesState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a DFP's queue: a delegate's registration waiting for a decision, with what the DFP
 * judges by (TIES status, other registrations). {@code version} is the registration's version when
 * the line was read; a decision sends it back to detect that someone else decided in between.
 *
 * @param ties                null when the delegate never asked for TIES access
 * @param otherRegistrations  the delegate's other registrations to events that have not ended, not withdrawn, rejected or cancelled
 */
public record WaitingRegistration(Long registrationId, long version, String delegateName, String email,
                                  String eventTitle, LocalDate eventStartsOn, Instant registeredSince,
                                  TiesState ties, long otherRegistrations) implements Serializable {

    /** The TIES status in the words the queue shows. */
    public String tiesLabel() {
        if (ties == null) {
            return "No TIES access";
        }
        return switch (ties) {
            case GRANTED -> "TIES access";
            case REQUESTED -> "TIES access requested";
            default -> "No TIES access (" + ties.name().toLowerCase() + ")";
        };
    }
}
