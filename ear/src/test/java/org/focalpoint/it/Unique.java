package org.focalpoint.it;

import java.util.concurrent.atomic.AtomicLong;

/** Values no other test of the run uses, so tests share one database without seeing each other. */
final class Unique {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private Unique() {
    }

    /** An e-mail address, in mixed case to prove the login name ignores case. */
    static String email(String who) {
        return who + "." + SEQUENCE.incrementAndGet() + "@Example.ORG";
    }

    /** A remote address from the documentation range (RFC 5737). */
    static String address() {
        long n = SEQUENCE.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }
}
