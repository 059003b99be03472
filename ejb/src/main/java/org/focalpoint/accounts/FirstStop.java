package org.focalpoint.accounts;

import java.util.function.BooleanSupplier;

/** Where a signed-in person must go before using anything else. */
public enum FirstStop {
    /** Nothing stands in the way. */
    NONE,
    /** The account came from the old platform and still has its old password. */
    NEW_PASSWORD,
    /** A current Terms of Use or Data Privacy version is not accepted yet. */
    CONSENT,
    /** The account no longer exists or is no longer active: the session must end. */
    SIGN_IN_AGAIN;

    /**
     * The order matters: the password first, because accepting terms under an account someone
     * else may still open with the old platform's password would bind the wrong person.
     * {@code consentPending} is asked only when nothing before it decides, as it costs queries.
     */
    static FirstStop decide(boolean active, boolean mustChangePassword, BooleanSupplier consentPending) {
        if (!active) {
            return SIGN_IN_AGAIN;
        }
        if (mustChangePassword) {
            return NEW_PASSWORD;
        }
        return consentPending.getAsBoolean() ? CONSENT : NONE;
    }
}
