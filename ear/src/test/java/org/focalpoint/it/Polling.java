package org.focalpoint.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Waiting for the server to reach a state it announces nowhere (a timer's reading, a restarted
 * server): ask again every so often, for a bounded time, and fail saying what was waited for and
 * what was seen last.
 */
final class Polling {

    private Polling() {
    }

    interface Probe<T> {
        T read() throws Exception;
    }

    static <T> T until(Probe<T> probe, Predicate<T> done, Duration every, Duration patience, String what)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T seen = probe.read();
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what + "; last seen: " + seen);
            }
            Thread.sleep(every.toMillis());
            seen = probe.read();
        }
        return seen;
    }
}
