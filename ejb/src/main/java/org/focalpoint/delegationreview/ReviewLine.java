package org.focalpoint.delegationreview;

import org.focalpoint.events.RegistrationState;

import java.time.LocalDate;

/**
 * One line of the review: a TIES user of the member and one of their registrations to an upcoming
 * event of the sector, or none ({@code registrationId} null and no event) when they have no such
 * registration.
 */
record ReviewLine(long affiliationId, String givenName, String familyName, String email, Long registrationId,
                  String eventTitle, LocalDate startsOn, LocalDate endsOn, RegistrationState state) {
}
