package org.focalpoint.security;

/** The roles the container checks (web.xml security constraints, isCallerInRole). */
public final class Roles {

    /** Every signed-in person with an active account. */
    public static final String USER = "user";
    /** Secretariat staff. */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
