package org.focalpoint.it;

import jakarta.inject.Inject;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountGateKeeper;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.FirstStop;
import org.focalpoint.accounts.PasswordHasher;
import org.focalpoint.accounts.Passwords;
import org.focalpoint.accounts.SignIn;
import org.focalpoint.accounts.SignInResult;
import org.focalpoint.accounts.SignInResult.Outcome;
import org.focalpoint.accounts.SignInThrottle;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.time.PlatformClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in service against the real database: passwords, account states, throttling, forced change. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSWORD = "Correct horse 42";
    private static final String WRONG = "Wrong horse 42!";
    private static final String WRONG_CREDENTIALS = "The e-mail address or password is not correct.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Inject
    SignIn signIn;

    @Inject
    TestAccounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountGateKeeper gateKeeper;

    @Inject
    AuditLog audit;

    /** The platform's clock, which a test moves on to let time pass; put back after each test. */
    @Inject
    PlatformClock time;

    @AfterEach
    void timeAsItIs() {
        time.reset();
    }

    private Account active(String email) {
        return accounts.create(email, PASSWORD, AccountState.ACTIVE, false, false);
    }

    private SignInResult attempt(String email, String password, String address) {
        return signIn.attempt(email, password.toCharArray(), address);
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheAddress() {
        String email = Unique.email("maria");
        Account account = active(email);
        SignInResult result = attempt("  " + email.toUpperCase() + " ", PASSWORD, Unique.address());
        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(account.getId(), result.accountId());
        assertEquals(Set.of("user"), result.groups());
    }

    @Test
    void staffGetTheStaffGroup() {
        String email = Unique.email("officer");
        accounts.create(email, PASSWORD, AccountState.ACTIVE, true, false);
        assertEquals(Set.of("user", "staff"), attempt(email, PASSWORD, Unique.address()).groups());
    }

    @Test
    void aWrongPasswordIsRefusedAndCountedEvenThoughTheSignInFails() {
        Account account = active(Unique.email("wrong"));
        String address = Unique.address();
        SignInResult result = attempt(account.getEmail(), WRONG, address);
        assertEquals(Outcome.WRONG_CREDENTIALS, result.outcome());
        assertEquals(WRONG_CREDENTIALS, result.message());
        assertNull(result.accountId());
        assertEquals(1, accounts.throttle("account:" + account.getId()).getFailures());
        assertEquals(1, accounts.throttle("address:" + address).getFailures());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndCountsAgainstTheRemoteAddress() {
        String address = Unique.address();
        SignInResult result = attempt(Unique.email("nobody"), WRONG, address);
        assertEquals(Outcome.WRONG_CREDENTIALS, result.outcome());
        assertEquals(WRONG_CREDENTIALS, result.message());
        assertEquals(1, accounts.throttle("address:" + address).getFailures());
    }

    @Test
    void emptyInputIsRefusedWithoutCounting() {
        String address = Unique.address();
        SignInResult result = attempt("", "", address);
        assertEquals("Please enter your e-mail address and password.", result.message());
        assertNull(accounts.throttle("address:" + address));
    }

    @Test
    void threeFailuresSlowDownAndTenLockTheAccount() {
        Account account = active(Unique.email("target"));
        String key = "account:" + account.getId();
        // the attacker changes address at every try, so only the account's count can stop them
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.WRONG_CREDENTIALS, attempt(account.getEmail(), WRONG, Unique.address()).outcome());
        }
        SignInResult slowed = attempt(account.getEmail(), PASSWORD, Unique.address());
        assertEquals(Outcome.SLOWED, slowed.outcome());
        assertTrue(slowed.message().matches("Too many failed sign-ins\\. Please wait [1-5] seconds? and try again\\."),
                slowed.message());
        assertEquals(3, accounts.throttle(key).getFailures(), "a slowed attempt is not checked, so not counted");

        for (int failures = 4; failures <= 9; failures++) {
            time.advance(Duration.ofMinutes(6));
            assertEquals(Outcome.WRONG_CREDENTIALS,
                    attempt(account.getEmail(), WRONG, Unique.address()).outcome(), "failure " + failures);
        }
        time.advance(Duration.ofMinutes(6));
        SignInResult tenth = attempt(account.getEmail(), WRONG, Unique.address());
        assertEquals(Outcome.LOCKED, tenth.outcome());
        assertEquals("This account is locked for 15 minutes after too many failed sign-ins. "
                + "You can reset your password meanwhile.", tenth.message());
        assertTrue(audit.about(Account.class, account.getId()).stream()
                .map(AuditEntry::getAction).anyMatch(AuditAction.SIGN_IN_LOCKED.name()::equals));

        time.advance(Duration.ofMinutes(10));
        assertEquals(Outcome.LOCKED, attempt(account.getEmail(), PASSWORD, Unique.address()).outcome(),
                "even the right password waits for the lock to end");

        time.advance(Duration.ofMinutes(6));
        assertEquals(Outcome.SIGNED_IN, attempt(account.getEmail(), PASSWORD, Unique.address()).outcome());
        SignInThrottle afterSuccess = accounts.throttle(key);
        assertEquals(0, afterSuccess.getFailures());
        assertNull(afterSuccess.getLockedUntil());
    }

    @Test
    void manyFailuresFromOneAddressSlowEveryAccountSignedInFromIt() {
        String address = Unique.address();
        Account bystander = active(Unique.email("bystander"));
        for (int i = 0; i < 10; i++) {
            attempt(Unique.email("guess"), WRONG, address);
        }
        assertEquals(10, accounts.throttle("address:" + address).getFailures());
        assertEquals(Outcome.SLOWED, attempt(bystander.getEmail(), PASSWORD, address).outcome());
        assertEquals(Outcome.SIGNED_IN, attempt(bystander.getEmail(), PASSWORD, Unique.address()).outcome());
    }

    @Test
    void fiftyFailuresFromOneAddressLockItForEveryone() {
        String address = Unique.address();
        Account bystander = active(Unique.email("venue"));
        accounts.seedFailures("address:" + address, 49);
        SignInResult fiftieth = attempt(Unique.email("guess"), WRONG, address);
        assertEquals(Outcome.LOCKED, fiftieth.outcome());
        assertEquals("Signing in from your network is locked for 15 minutes after too many failed sign-ins. "
                + "You can reset your password meanwhile.", fiftieth.message());
        assertEquals(1, accounts.signInLocksMentioning(address));
        assertEquals(Outcome.LOCKED, attempt(bystander.getEmail(), PASSWORD, address).outcome());
        assertEquals(Outcome.SIGNED_IN, attempt(bystander.getEmail(), PASSWORD, Unique.address()).outcome());
    }

    @Test
    void anUnverifiedAccountIsAskedToVerifyItsAddress() {
        String email = Unique.email("pending");
        accounts.create(email, PASSWORD, AccountState.PENDING_VERIFICATION, false, false);
        SignInResult result = attempt(email, PASSWORD, Unique.address());
        assertEquals(Outcome.NOT_VERIFIED, result.outcome());
        assertEquals("Please verify your e-mail address first: we sent you a link.", result.message());
        assertNull(result.accountId());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String email = Unique.email("gone");
        accounts.create(email, PASSWORD, AccountState.DEACTIVATED, false, false);
        SignInResult result = attempt(email, PASSWORD, Unique.address());
        assertEquals(Outcome.DEACTIVATED, result.outcome());
        assertTrue(result.message().startsWith("This account has been deactivated."), result.message());
        assertEquals(Outcome.WRONG_CREDENTIALS, attempt(email, WRONG, Unique.address()).outcome(),
                "the state is told only to whoever knows the password");
    }

    @Test
    void aMigratedAccountMustChooseANewPasswordThatFollowsTheRule() {
        Account migrated = accounts.create(Unique.email("migrated"), PASSWORD, AccountState.ACTIVE, false, true);
        assertEquals(Outcome.SIGNED_IN, attempt(migrated.getEmail(), PASSWORD, Unique.address()).outcome());
        assertEquals(FirstStop.NEW_PASSWORD, gateKeeper.firstStop(migrated.getId()));

        RuleViolation tooShort = assertThrows(RuleViolation.class,
                () -> passwords.setNewPassword(migrated, "Short1!", "Short1!"));
        assertEquals("The password must have at least 12 characters.", tooShort.getMessage());
        RuleViolation mismatch = assertThrows(RuleViolation.class,
                () -> passwords.setNewPassword(migrated, "A new passphrase 2026", "A new passphrase 2025"));
        assertEquals("The two passwords do not match.", mismatch.getMessage());
        RuleViolation same = assertThrows(RuleViolation.class,
                () -> passwords.setNewPassword(migrated, PASSWORD, PASSWORD));
        assertEquals("Please choose a password different from your current one.", same.getMessage());
        Account unchanged = accounts.find(migrated.getId());
        assertTrue(unchanged.isMustChangePassword());
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), unchanged.getPasswordHash()));

        passwords.setNewPassword(migrated, "A new passphrase 2026", "A new passphrase 2026");
        Account changed = accounts.find(migrated.getId());
        assertFalse(changed.isMustChangePassword());
        assertEquals(FirstStop.NONE, gateKeeper.firstStop(migrated.getId()));
        assertTrue(audit.about(Account.class, migrated.getId()).stream()
                .map(AuditEntry::getAction).anyMatch(AuditAction.PASSWORD_CHANGED.name()::equals));
        assertEquals(Outcome.WRONG_CREDENTIALS, attempt(migrated.getEmail(), PASSWORD, Unique.address()).outcome());
        assertEquals(Outcome.SIGNED_IN,
                attempt(migrated.getEmail(), "A new passphrase 2026", Unique.address()).outcome());

        RuleViolation again = assertThrows(RuleViolation.class,
                () -> passwords.setNewPassword(changed, "Another passphrase 2027", "Another passphrase 2027"));
        assertTrue(again.getMessage().startsWith("Your password has already been set."), again.getMessage());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Account account = active(Unique.email("changer"));
        RuleViolation wrong = assertThrows(RuleViolation.class,
                () -> passwords.changePassword(account, WRONG, "A new passphrase 2026", "A new passphrase 2026"));
        assertEquals("The current password is not correct.", wrong.getMessage());
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), accounts.find(account.getId()).getPasswordHash()));
        assertEquals(1, accounts.throttle("account:" + account.getId()).getFailures(),
                "a wrong current password counts like a failed sign-in, although the change was rolled back");

        passwords.changePassword(account, PASSWORD, "A new passphrase 2026", "A new passphrase 2026");
        assertTrue(PasswordHasher.matches("A new passphrase 2026".toCharArray(),
                accounts.find(account.getId()).getPasswordHash()));
    }
}
