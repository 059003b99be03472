package org.focalpoint.focalpoints;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Looks for due digests every five minutes: the first request to a quiet focal point is mailed
 * within minutes, and what follows within the hour waits for the next digest. Not persistent: a
 * missed run changes nothing, since the next one reads what is new from the requests themselves.
 */
@Singleton
public class RequestDigestTimer {

    @Inject
    private RequestDigests digests;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sendDueDigests() {
        digests.sendDue(Instant.now());
    }
}
