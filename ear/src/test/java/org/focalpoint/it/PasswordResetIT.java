package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.EmailVerification;
import org.focalpoint.accounts.PasswordHasher;
import org.focalpoint.accounts.PasswordReset;
import org.focalpoint.accounts.TokenPurpose;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.signup.SignUp;
import org.focalpoint.signup.SignUpForm;
import org.focalpoint.time.PlatformClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forgotten password, replaced through the mailed link, against the real server and mail server. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String INVALID_EMAIL = "Please enter a valid e-mail address, like name@example.org.";

    private static final String NEW_PASSWORD = "a much better passphrase";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    SignUp signUp;

    @Inject
    EmailVerification verification;

    @Inject
    PasswordReset reset;

    @Inject
    ConsentService consents;

    SignUpFixture fixture;

    /** Each test asks for its mails from a client address of its own, as another person would. */
    final String client = Unique.address();

    /** The platform's clock, which a test moves on to let time pass; put back after each test. */
    @Inject
    PlatformClock time;

    @AfterEach
    void timeAsItIs() {
        time.reset();
    }

    @BeforeEach
    void organizationsAndConsents() {
        fixture = new SignUpFixture(em, tx, consents).create();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnce() {
        Account account = activeAccount();
        reset.requestReset(account.getEmail().toUpperCase(), client);

        Mailbox.Mail mail = Mailbox.await(account.getEmail(), "Reset");
        assertEquals("Reset your FocalPoint password", mail.subject());
        String token = SignUpFixture.token(mail.link("password/reset.xhtml"));
        reset.reset(token, NEW_PASSWORD, NEW_PASSWORD);

        Account stored = em.find(Account.class, account.getId());
        assertTrue(PasswordHasher.matches(NEW_PASSWORD.toCharArray(), stored.getPasswordHash()));
        assertEquals(1, fixture.count("select count(*) from audit_entry where action = 'PASSWORD_CHANGED' "
                + "and subject_id = ?1", account.getId()));
        fixture.assertRefused("This link has already been used or replaced by a newer one. "
                + "Please use the link from your most recent e-mail, or ask for a new one.",
                () -> reset.reset(token, "yet another passphrase", "yet another passphrase"), account.getEmail());
        assertEquals(stored.getPasswordHash(), em.find(Account.class, account.getId()).getPasswordHash());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String unknown = SignUpFixture.uniqueEmail();
        var before = fixture.rows(unknown);
        reset.requestReset(unknown, client);
        assertEquals(before, fixture.rows(unknown));
        assertTrue(Mailbox.of(unknown).isEmpty());
        assertEquals("If an account exists for this address, we have sent a link.", PasswordReset.SENT_IF_EXISTS);
    }

    @Test
    void aMalformedAddressIsRefusedWithoutLookingItUp() {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> reset.requestReset("ann at example.org", client));
        assertEquals(INVALID_EMAIL, refusal.getMessage());
    }

    @Test
    void aResetWorksForAMigratedAccountAndLiftsTheObligationToChangeThePassword() {
        String email = SignUpFixture.uniqueEmail();
        Long id = fixture.inTransaction(() -> {
            Account migrated = new Account(email, TestData.passwordHash("old platform pw"), "Mig",
                    "Rated", Instant.now());
            migrated.activate();
            migrated.requirePasswordChange();
            em.persist(migrated);
            return migrated.getId();
        });
        reset.requestReset(email, client);
        reset.reset(SignUpFixture.token(Mailbox.await(email, "Reset").link("password/reset.xhtml")),
                NEW_PASSWORD, NEW_PASSWORD);

        Account stored = em.find(Account.class, id);
        assertFalse(stored.isMustChangePassword());
        assertTrue(PasswordHasher.matches(NEW_PASSWORD.toCharArray(), stored.getPasswordHash()));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        Account account = activeAccount();
        String oldHash = em.find(Account.class, account.getId()).getPasswordHash();
        reset.requestReset(account.getEmail(), client);
        String token = SignUpFixture.token(Mailbox.await(account.getEmail(), "Reset").link("password/reset.xhtml"));

        fixture.assertRefused("The password must have at least 12 characters.",
                () -> reset.reset(token, "short", "short"), account.getEmail());
        fixture.assertRefused("The two passwords do not match.",
                () -> reset.reset(token, NEW_PASSWORD, NEW_PASSWORD + "!"), account.getEmail());
        assertEquals(oldHash, em.find(Account.class, account.getId()).getPasswordHash());

        reset.reset(token, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(PasswordHasher.matches(NEW_PASSWORD.toCharArray(),
                em.find(Account.class, account.getId()).getPasswordHash()));
    }

    @Test
    void anExpiredOrForgedResetLinkIsRefused() {
        Account account = activeAccount();
        reset.requestReset(account.getEmail(), client);
        String token = SignUpFixture.token(Mailbox.await(account.getEmail(), "Reset").link("password/reset.xhtml"));
        time.advance(TokenPurpose.RESET_PASSWORD.lifetime().plusMinutes(1));

        fixture.assertRefused("This link has expired. Please ask for a new one.",
                () -> reset.reset(token, NEW_PASSWORD, NEW_PASSWORD), account.getEmail());
        fixture.assertRefused("This link is not valid. Please use the link from your most recent e-mail.",
                () -> reset.reset(token + "x", NEW_PASSWORD, NEW_PASSWORD), account.getEmail());
    }

    @Test
    void aVerificationLinkCannotResetAPassword() {
        SignUpForm form = fixture.goodForm();
        signUp.signUp(form, client);
        String verify = SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml"));
        fixture.assertRefused("This link is not valid. Please use the link from your most recent e-mail.",
                () -> reset.reset(verify, NEW_PASSWORD, NEW_PASSWORD), form.getEmail());
    }

    @Test
    void resettingAPendingAccountAlsoVerifiesIt() {
        SignUpForm form = fixture.goodForm();
        Account account = signUp.signUp(form, client);
        reset.requestReset(form.getEmail(), client);
        reset.reset(SignUpFixture.token(Mailbox.await(form.getEmail(), "Reset").link("password/reset.xhtml")),
                NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(AccountState.ACTIVE, em.find(Account.class, account.getId()).getState());
    }

    private Account activeAccount() {
        SignUpForm form = fixture.goodForm();
        signUp.signUp(form, client);
        return verification.verify(SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml")));
    }
}
