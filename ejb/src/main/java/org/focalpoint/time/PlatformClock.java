package org.focalpoint.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one source of "now": the system's clock in UTC (the platform stores and compares moments in
 * UTC and writes days as UTC days), which a test may set to a moment of its choice and reset.
 */
@ApplicationScoped
public class PlatformClock {

    private final Adjustable clock = new Adjustable();

    /** Application-scoped so that a page bean kept in the session holds a proxy, not a clock of its own. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** From now on the platform's time is {@code moment}, ticking on from there. */
    public void setTo(Instant moment) {
        clock.offsetBy(Duration.between(Instant.now(), moment));
    }

    /** From now on the platform's time is {@code by} later than it was: as if that much time had passed. */
    public void advance(Duration by) {
        clock.offsetBy(clock.offset.plus(by));
    }

    public void reset() {
        clock.offsetBy(Duration.ZERO);
    }

    /** A clock that runs with the system's, shifted by an offset that may change at any time. */
    private static final class Adjustable extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void offsetBy(Duration newOffset) {
            offset = newOffset;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
