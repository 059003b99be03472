package org.focalpoint.reminders;

import org.focalpoint.organizations.Sector;

import java.time.Instant;

/**
 * A request waiting on a focal point, as the follow-up reads it from the focal point's queue.
 *
 * @param id        the affiliation's or the registration's id
 * @param what      what is asked, in the queue's words (e.g. "Affiliation and TIES access",
 *                  "registration for Study Group 17 (2027-01-12)")
 * @param sector    the event's sector, for a registration; null for a request to the TIES Focal Point
 */
public record WaitingRequest(RequestKind kind, long id, String personName, String email,
                             String what, Sector sector, Instant since) {

    String subjectKey() {
        return kind.subjectKey(id);
    }
}
