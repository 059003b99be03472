package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountToken;
import org.focalpoint.accounts.Profile;
import org.focalpoint.accounts.ProfileForm;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person edits their own profile and changes their e-mail address, against the real server and mail. */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Profile profile;

    @Inject
    AuditLog audit;

    private Account newAccount(String email) throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, email);
        tx.commit();
        return account;
    }

    private Account reload(Account account) {
        return em.find(Account.class, account.getId());
    }

    private List<String> auditActions(Account account) {
        return audit.about(Account.class, account.getId()).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void theProfileIsStoredAsTypedAndTheChangeAudited() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("profile"));
        ProfileForm form = ProfileForm.of(account);
        form.setGivenName("<b>x</b>");
        form.setTitle("Head of Standards & Policy");
        form.setPhone("+41 (22) 730-5111");
        form.setCountry("CH");

        profile.update(account, form);

        Account saved = reload(account);
        assertEquals("<b>x</b>", saved.getGivenName());
        assertEquals("Lovelace", saved.getFamilyName());
        assertEquals("Head of Standards & Policy", saved.getTitle());
        assertEquals("+41 (22) 730-5111", saved.getPhone());
        assertEquals("CH", saved.getCountry());
        List<AuditEntry> entries = audit.about(Account.class, account.getId());
        assertEquals("PROFILE_UPDATED", entries.get(entries.size() - 1).getAction());
        assertTrue(entries.get(entries.size() - 1).getDetail().contains("Given name: Ada -> <b>x</b>"),
                entries.get(entries.size() - 1).getDetail());
    }

    @Test
    void aTooLongNameIsRefusedAndNothingChanges() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("long"));
        ProfileForm form = ProfileForm.of(account);
        form.setFamilyName("x".repeat(101));
        form.setTitle("Dr");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> profile.update(account, form));

        assertEquals("Family name must be at most 100 characters.", refused.getMessage());
        Account unchanged = reload(account);
        assertEquals("Lovelace", unchanged.getFamilyName());
        assertNull(unchanged.getTitle());
        assertEquals(account.getVersion(), unchanged.getVersion());
        assertTrue(auditActions(account).isEmpty());
    }

    @Test
    void anUnknownCountryIsRefused() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("country"));
        ProfileForm form = ProfileForm.of(account);
        form.setCountry("XX");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> profile.update(account, form));

        assertEquals("Please choose a country from the list.", refused.getMessage());
        assertNull(reload(account).getCountry());
    }

    @Test
    void aFormFromBeforeAnotherSaveIsRefused() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("stale"));
        ProfileForm firstWindow = ProfileForm.of(account);
        ProfileForm secondWindow = ProfileForm.of(account);
        firstWindow.setTitle("Dr");
        profile.update(account, firstWindow);

        secondWindow.setFamilyName("Byron");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> profile.update(account, secondWindow));

        assertEquals("Your profile was changed in another window. Please review and save again.", refused.getMessage());
        assertEquals("Lovelace", reload(account).getFamilyName());
        assertEquals("Dr", reload(account).getTitle());
    }

    @Test
    void aNewAddressIsConfirmedFromTheMailSentToItWhileTheOldOneIsWarned() throws Exception {
        String oldEmail = TestData.uniqueEmail("old");
        String newEmail = TestData.uniqueEmail("new");
        Account account = newAccount(oldEmail);

        profile.requestEmailChange(account, newEmail);

        String link = Mailbox.await(newEmail, "Confirm your new e-mail address for FocalPoint").link("confirm-email.xhtml");
        assertTrue(Mailbox.await(oldEmail, "Your FocalPoint e-mail address is being changed").body().contains(newEmail));
        assertEquals(oldEmail, reload(account).getEmail(), "the login stays the old address until confirmed");

        String token = token(link);
        profile.confirmEmailChange(account, token);

        assertEquals(newEmail, reload(account).getEmail());
        assertTrue(auditActions(account).containsAll(List.of("EMAIL_CHANGE_REQUESTED", "EMAIL_CHANGED")));
        RuleViolation reused = assertThrows(RuleViolation.class, () -> profile.confirmEmailChange(account, token));
        assertTrue(reused.getMessage().contains("already been used"), reused.getMessage());
    }

    @Test
    void anAddressOfAnotherAccountInAnotherCaseIsRefusedWithNothingWritten() throws Exception {
        String taken = TestData.uniqueEmail("taken");
        newAccount(taken);
        Account account = newAccount(TestData.uniqueEmail("me"));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> profile.requestEmailChange(account, "  " + taken.toUpperCase() + " "));

        assertTrue(refused.getMessage().contains("already used by another account"), refused.getMessage());
        assertEquals(0L, em.createQuery("select count(t) from AccountToken t where t.account.id = :id", Long.class)
                .setParameter("id", account.getId()).getSingleResult());
        assertTrue(auditActions(account).isEmpty());
    }

    @Test
    void anAddressTakenBeforeTheLinkIsUsedIsRefusedAtConfirmation() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("slow"));
        String wanted = TestData.uniqueEmail("wanted");
        profile.requestEmailChange(account, wanted);
        String token = token(Mailbox.await(wanted, "Confirm your new e-mail address").link("confirm-email.xhtml"));
        newAccount(wanted.toUpperCase());

        RuleViolation refused = assertThrows(RuleViolation.class, () -> profile.confirmEmailChange(account, token));

        assertTrue(refused.getMessage().contains("already used by another account"), refused.getMessage());
        assertEquals(account.getEmail(), reload(account).getEmail());
        assertTrue(!auditActions(account).contains("EMAIL_CHANGED"));
    }

    @Test
    void anInvalidAddressOrSomeoneElsesLinkIsRefused() throws Exception {
        Account account = newAccount(TestData.uniqueEmail("typo"));
        RuleViolation invalid = assertThrows(RuleViolation.class, () -> profile.requestEmailChange(account, "ada@itu"));
        assertTrue(invalid.getMessage().startsWith("Please enter a valid e-mail address"), invalid.getMessage());

        String wanted = TestData.uniqueEmail("theirs");
        profile.requestEmailChange(account, wanted);
        String token = token(Mailbox.await(wanted, "Confirm your new e-mail address").link("confirm-email.xhtml"));
        Account someoneElse = newAccount(TestData.uniqueEmail("other"));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> profile.confirmEmailChange(someoneElse, token));

        assertTrue(refused.getMessage().startsWith("This link belongs to another account"), refused.getMessage());
        assertEquals(someoneElse.getEmail(), reload(someoneElse).getEmail());
        assertEquals(account.getEmail(), reload(account).getEmail());
        AccountToken stillUsable = em.createQuery("select t from AccountToken t where t.account.id = :id", AccountToken.class)
                .setParameter("id", account.getId()).getSingleResult();
        assertTrue(!stillUsable.isUsed(), "a refused confirmation does not use up the owner's link");
    }

    private static String token(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8);
    }
}
