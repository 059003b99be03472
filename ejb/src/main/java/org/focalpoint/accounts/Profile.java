package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.RuleViolations;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's own profile and e-mail address. Every method acts on {@code self}, the signed-in
 * account the page took from {@code CurrentAccount}: no page ever names the account to change.
 */
@Stateless
public class Profile {

    private static final MailTemplate CONFIRMATION_MAIL = new MailTemplate("email-change-confirmation");
    private static final MailTemplate NOTICE_MAIL = new MailTemplate("email-change-notice");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private AccountTokens tokens;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Saves the profile as typed; refused as a whole when anything is wrong or the form is stale. */
    public void update(Account self, ProfileForm form) {
        List<RuleViolation> problems = form.refusals();
        if (!problems.isEmpty()) {
            throw new RuleViolations(problems);
        }
        Account account = managed(self);
        if (account.getVersion() != form.getVersion()) {
            throw new RuleViolation("accounts.profile-stale");
        }
        List<String> changes = new ArrayList<>();
        String givenName = ProfileForm.clean(form.getGivenName());
        String familyName = ProfileForm.clean(form.getFamilyName());
        String title = ProfileForm.clean(form.getTitle());
        String phone = ProfileForm.clean(form.getPhone());
        String country = ProfileForm.clean(form.getCountry());
        String timeZone = ProfileForm.clean(form.getTimeZone());
        note("Given name", account.getGivenName(), givenName, changes);
        note("Family name", account.getFamilyName(), familyName, changes);
        note("Title", account.getTitle(), title, changes);
        note("Phone", account.getPhone(), phone, changes);
        note("Country", account.getCountry(), country, changes);
        note("Time zone", account.getTimeZone(), timeZone, changes);
        if (changes.isEmpty()) {
            return;
        }
        account.setGivenName(givenName);
        account.setFamilyName(familyName);
        account.setTitle(title);
        account.setPhone(phone);
        account.setCountry(country);
        account.setTimeZone(timeZone);
        // a save from another window between our read and this write is refused here, not at commit
        ConcurrentChange.flushOr(em, () -> new RuleViolation("accounts.profile-stale"));
        audit.record(account, null, AuditAction.PROFILE_UPDATED, Account.class, account.getId(),
                String.join("; ", changes), null);
    }

    /**
     * Sends a confirmation link to the new address and a notice to the current one. The login
     * stays the current address until the link is used.
     */
    public void requestEmailChange(Account self, String newEmail) {
        if (!EmailAddress.isValid(newEmail)) {
            throw new RuleViolation("accounts.invalid-new-email");
        }
        Account account = managed(self);
        String address = newEmail.strip();
        if (Account.emailKey(address).equals(Account.emailKey(account.getEmail()))) {
            throw new RuleViolation("accounts.already-your-email");
        }
        refuseIfTaken(address);
        String raw = tokens.issueForNewEmail(account, address);
        mailer.send(CONFIRMATION_MAIL.mail(Words.ENGLISH, address, Map.of("name", account.getFullName(),
                "link", links.page("account/confirm-email.xhtml", "token", raw),
                "hours", TokenPurpose.CHANGE_EMAIL.lifetime().toHours(), "current", account.getEmail())));
        mailer.send(NOTICE_MAIL.mail(Words.ENGLISH, account.getEmail(),
                Map.of("name", account.getFullName(), "address", address)));
        audit.record(account, null, AuditAction.EMAIL_CHANGE_REQUESTED, Account.class, account.getId(),
                "New address " + address + " (to be confirmed)", null);
    }

    /** Uses the confirmation link: the new address becomes the login name of the signed-in account. */
    public void confirmEmailChange(Account self, String token) {
        AccountToken used = tokens.redeem(token, TokenPurpose.CHANGE_EMAIL);
        Account account = managed(self);
        if (!used.getAccount().getId().equals(account.getId())) {
            throw new RuleViolation("accounts.link-of-another-account");
        }
        String address = used.getNewEmail();
        refuseIfTaken(address);
        String previous = account.getEmail();
        account.changeEmail(address);
        try {
            // another account may have taken the address since the check: the unique key decides
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("accounts.email-taken", address);
        }
        audit.record(account, null, AuditAction.EMAIL_CHANGED, Account.class, account.getId(),
                previous + " -> " + address, null);
    }

    private void refuseIfTaken(String address) {
        boolean taken = !em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(address))
                .getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("accounts.email-taken", address);
        }
    }

    private Account managed(Account self) {
        Account account = em.find(Account.class, self.getId());
        if (account == null || !account.isActive()) {
            throw new RuleViolation("security.sign-in-again");
        }
        return account;
    }

    private static void note(String label, String before, String after, List<String> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + (before == null ? "(empty)" : before) + " -> " + (after == null ? "(empty)" : after));
        }
    }
}
