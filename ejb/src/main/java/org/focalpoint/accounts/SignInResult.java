package org.focalpoint.accounts;

import java.util.Set;

/**
 * The answer to one sign-in attempt: who signed in with which groups, or why not, in words the
 * sign-in page shows as they are.
 */
public record SignInResult(Outcome outcome, Long accountId, Set<String> groups, String message) {

    public enum Outcome {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        NOT_VERIFIED,
        DEACTIVATED,
        SLOWED,
        LOCKED
    }

    static SignInResult signedIn(Long accountId, Set<String> groups) {
        return new SignInResult(Outcome.SIGNED_IN, accountId, Set.copyOf(groups), null);
    }

    static SignInResult refused(Outcome outcome, String message) {
        return new SignInResult(outcome, null, Set.of(), message);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
