package org.focalpoint.events;

import java.time.Instant;

/** One registration as staff list and export it; the decision fields are null while it waits. */
public record RegistrationLine(Long id, String givenName, String familyName, String email, String country,
                               String organization, String organizationCountry, RegistrationState state,
                               String basis, Instant registeredAt, String decidedBy, Instant decidedAt,
                               String reason) {
}
