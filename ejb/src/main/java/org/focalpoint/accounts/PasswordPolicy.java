package org.focalpoint.accounts;

import org.focalpoint.RuleViolation;

/**
 * Stand-in for the password policy built on the sign-in branch, so that sign-up and password
 * reset can call it meanwhile. Same signature; the real one replaces this file at merge.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static void check(String password, String confirmation, String email) {
        if (password == null || password.length() < 12) {
            throw new RuleViolation("Please choose a password of at least 12 characters.");
        }
        if (!password.equals(confirmation)) {
            throw new RuleViolation("The two passwords are not the same.");
        }
    }
}
