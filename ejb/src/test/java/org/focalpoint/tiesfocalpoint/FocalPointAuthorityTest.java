package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FocalPointAuthorityTest {

    private final Organization acme = new Organization("Acme", "CH", MembershipCategory.SECTOR_MEMBER,
            EnumSet.of(Sector.ITU_T), Instant.now());

    @Test
    void theOrganizationsOwnTiesFocalPointMayAct() {
        Account focalPoint = account(1L, true, false);
        acme.designateTiesFocalPoint(focalPoint);
        assertTrue(FocalPointAuthority.mayActFor(focalPoint, acme));
    }

    @Test
    void anotherOrganizationsFocalPointMayNot() {
        acme.designateTiesFocalPoint(account(1L, true, false));
        assertFalse(FocalPointAuthority.mayActFor(account(2L, true, false), acme));
    }

    @Test
    void nobodyButStaffMayActForAnOrganizationWithoutFocalPoint() {
        assertFalse(FocalPointAuthority.mayActFor(account(2L, true, false), acme));
        assertTrue(FocalPointAuthority.mayActFor(account(3L, true, true), acme));
    }

    @Test
    void aDeactivatedAccountMayNotActEvenWhileStillNamed() {
        Account focalPoint = account(1L, false, false);
        acme.designateTiesFocalPoint(focalPoint);
        assertFalse(FocalPointAuthority.mayActFor(focalPoint, acme));
        assertFalse(FocalPointAuthority.mayActFor(account(3L, false, true), acme));
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
