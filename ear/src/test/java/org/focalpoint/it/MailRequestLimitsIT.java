package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.MailRequestLimits;
import org.focalpoint.accounts.PasswordReset;
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

import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Sign-up, a new verification link and a password reset cannot be used to fill a mailbox: after so
 * many mails to one address, or asked for from one client address, the next is refused with when to
 * ask again, and the refusal writes nothing but the count. Against the real server, database and
 * mail server, with the server's own limits.
 */
@ExtendWith(ArquillianExtension.class)
class MailRequestLimitsIT {

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
    PasswordReset passwordReset;

    @Inject
    ConsentService consents;

    @Inject
    MailRequestLimits limits;

    @Inject
    PlatformClock time;

    SignUpFixture fixture;
    final String client = Unique.address();

    @BeforeEach
    void organizationsAndConsents() {
        fixture = new SignUpFixture(em, tx, consents).create();
    }

    @AfterEach
    void timeAsItIs() {
        time.reset();
    }

    @Test
    void anAddressGetsSoManyLinksThenIsToldWhenToAskAgain() {
        SignUpForm form = fixture.goodForm();
        signUp.signUp(form, client);
        for (int mail = 2; mail <= limits.perAddress(); mail++) {
            // from another network each time: the address's own limit is what stops it
            signUp.resendVerification(form.getEmail(), Unique.address());
        }
        Mailbox.await(form.getEmail(), mail -> true, limits.perAddress(), "verification mails");

        assertRefusedWritingNothing(toAddress(), () -> {
            signUp.resendVerification(form.getEmail(), Unique.address());
            return null;
        }, form.getEmail());
        assertRefusedWritingNothing(toAddress(), () -> {
            passwordReset.requestReset(form.getEmail().toUpperCase(), Unique.address());
            return null;
        }, form.getEmail());
        assertEquals(limits.perAddress(), Mailbox.of(form.getEmail()).size(), "no mail beyond the limit");

        time.advance(limits.pause());
        signUp.resendVerification(form.getEmail(), Unique.address());
        Mailbox.await(form.getEmail(), mail -> true, limits.perAddress() + 1, "verification mails");
    }

    /** The same answer whether or not an account has the address: the limit tells nothing about accounts. */
    @Test
    void anAddressWithoutAnAccountIsCountedTheSame() {
        String stranger = SignUpFixture.uniqueEmail();
        for (int request = 1; request <= limits.perAddress(); request++) {
            passwordReset.requestReset(stranger, Unique.address());
        }
        assertRefusedWritingNothing(toAddress(), () -> {
            passwordReset.requestReset(stranger, Unique.address());
            return null;
        }, stranger);
    }

    @Test
    void aClientAsksForSoManyMailsToAnyAddressesThenIsToldWhenToAskAgain() {
        for (int request = 1; request <= limits.perClient(); request++) {
            signUp.resendVerification(SignUpFixture.uniqueEmail(), client);
        }
        SignUpForm form = fixture.goodForm();

        assertRefusedWritingNothing(fromClient(), () -> signUp.signUp(form, client), form.getEmail());
        assertRefusedWritingNothing(fromClient(), () -> {
            passwordReset.requestReset(form.getEmail(), client);
            return null;
        }, form.getEmail());

        signUp.signUp(form, Unique.address());
        Mailbox.await(form.getEmail(), "Verify");
    }

    private void assertRefusedWritingNothing(String expected, Callable<?> request, String email) {
        Map<String, Long> before = rows(email);
        RuleViolation refusal = assertThrows(RuleViolation.class, request::call);
        assertEquals(expected, refusal.getMessage());
        assertEquals(before, rows(email), "rows after the refusal");
    }

    private Map<String, Long> rows(String email) {
        Map<String, Long> rows = fixture.rows(email);
        rows.put("mails to the address", fixture.count("select count(*) from outgoing_mail where lower(recipient) = ?1",
                email.strip().toLowerCase()));
        return rows;
    }

    private String toAddress() {
        return "We have sent several mails to this address in a short time. So that no one can fill a mailbox "
                + "from this form, please ask again in " + minutes() + ".";
    }

    private String fromClient() {
        return "Many mails have been asked for from your network in a short time. Please try again in " + minutes()
                + ".";
    }

    private String minutes() {
        long minutes = limits.pause().toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
