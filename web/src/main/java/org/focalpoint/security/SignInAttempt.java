package org.focalpoint.security;

import jakarta.enterprise.context.RequestScoped;
import org.focalpoint.accounts.SignInResult;

/**
 * Carries the answer of the sign-in service from the identity store, which can only say valid or
 * invalid, to the sign-in page, which tells the person why.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    public SignInResult result() {
        return result;
    }

    void record(SignInResult result) {
        this.result = result;
    }
}
