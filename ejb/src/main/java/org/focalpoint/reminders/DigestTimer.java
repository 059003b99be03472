package org.focalpoint.reminders;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.focalpoint.delegation.RegistrationDigests;
import org.focalpoint.tiesfocalpoint.RequestDigests;

import java.time.Clock;
import java.time.Instant;

/**
 * Looks for due digests every five minutes, the TIES Focal Points' and the Designated Focal
 * Points': the first request to a quiet focal point is mailed within minutes, and what follows
 * within the hour waits for the next digest. Not persistent: a missed run changes nothing, since
 * the next one reads what is new from the requests (or registrations) themselves.
 */
@Singleton
public class DigestTimer {

    @Inject
    private RequestDigests digests;

    @Inject
    private Clock clock;

    @Inject
    private RegistrationDigests registrationDigests;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sendDueDigests() {
        Instant now = clock.instant();
        digests.sendDue(now);
        registrationDigests.sendDue(now);
    }
}
