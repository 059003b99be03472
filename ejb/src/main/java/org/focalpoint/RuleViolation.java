package org.focalpoint;

import jakarta.ejb.ApplicationException;

/**
 * The platform refuses what was asked, for a reason the person can act on. The message is shown
 * on the page as it is, and the transaction is rolled back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
