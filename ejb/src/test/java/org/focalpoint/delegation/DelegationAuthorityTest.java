package org.focalpoint.delegation;

import org.focalpoint.accounts.Account;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelegationAuthorityTest {

    @Test
    void theDesignatedFocalPointOfThatOrganizationAndSectorDecides() {
        Account dfp = account(1L, true, false);
        assertTrue(DelegationAuthority.mayDecide(dfp, dfp));
    }

    @Test
    void anyoneElseDoesNotEvenAnotherSeatsDfp() {
        // the DFP of another organization or of another sector of the same one is another account here
        assertFalse(DelegationAuthority.mayDecide(account(2L, true, false), account(1L, true, false)));
    }

    @Test
    void withoutADfpOnlyStaffDecide() {
        assertFalse(DelegationAuthority.mayDecide(account(2L, true, false), null));
        assertTrue(DelegationAuthority.mayDecide(account(3L, true, true), null));
    }

    @Test
    void aDeactivatedAccountDecidesNothingEvenWhileStillNamed() {
        Account dfp = account(1L, false, false);
        assertFalse(DelegationAuthority.mayDecide(dfp, dfp));
        assertFalse(DelegationAuthority.mayDecide(account(3L, false, true), null));
    }

    private static Account account(long id, boolean active, boolean staff) {
        Account account = new Account("p" + id + "@example.org", "hash", "P", "" + id, Instant.now());
        if (active) {
            account.activate();
        }
        if (staff) {
            account.makeStaff();
        }
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }
}
