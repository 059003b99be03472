package org.focalpoint.accounts;

public enum AccountState {
    PENDING_VERIFICATION,
    ACTIVE,
    DEACTIVATED
}
