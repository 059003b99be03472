package org.focalpoint.signup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.AccountTokens;
import org.focalpoint.accounts.EmailAddress;
import org.focalpoint.accounts.MailRequests;
import org.focalpoint.accounts.PasswordHasher;
import org.focalpoint.accounts.PasswordPolicy;
import org.focalpoint.accounts.TokenPurpose;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentKind;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.UniqueConstraints;
import org.focalpoint.signup.SignUpForm.Field;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating an account: open to anyone. The account stays PENDING_VERIFICATION until the person
 * opens the link mailed to the address, which proves the address is theirs.
 */
@Stateless
public class SignUp {

    static final int NAME_LENGTH = 100;
    static final int ORGANIZATION_NAME_LENGTH = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final MailTemplate VERIFICATION_MAIL = new MailTemplate("email-verification");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OrganizationDirectory directory;

    @Inject
    private ConsentService consents;

    @Inject
    private AccountTokens tokens;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private AuditLog audit;

    @Inject
    private MailRequests mailRequests;

    /**
     * Creates the account, its first affiliation (and TIES request), records the consents and
     * mails the verification link. Refused as a whole, with every problem found, or done as a whole;
     * once the form is right, refused too when too many mails were asked for to its address or from
     * {@code clientAddress} ({@link MailRequests}).
     */
    public Account signUp(SignUpForm form, String clientAddress) {
        Map<Field, RuleViolation> problems = new LinkedHashMap<>();
        Organization organization = checkOrganization(form, problems);
        checkTies(form, organization, problems);
        checkName(form.getGivenName(), Field.GIVEN_NAME, problems);
        checkName(form.getFamilyName(), Field.FAMILY_NAME, problems);
        checkEmail(form.getEmail(), problems);
        try {
            PasswordPolicy.check(form.getPassword(), form.getConfirmation(),
                    form.getEmail() == null ? "" : form.getEmail().strip());
        } catch (RuleViolation weak) {
            problems.put(Field.PASSWORD, weak);
        }
        List<ConsentDocument> current = consents.currentDocuments();
        Set<Long> currentIds = current.stream().map(ConsentDocument::getId).collect(Collectors.toSet());
        if (!form.getAcceptedConsentIds().equals(currentIds)) {
            problems.put(Field.CONSENT, new RuleViolation("consent.accept-both", ConsentKind.TERMS_OF_USE,
                    ConsentKind.DATA_PRIVACY));
        }
        if (!problems.isEmpty()) {
            throw new SignUpRefused(problems);
        }
        mailRequests.admit(form.getEmail(), clientAddress);

        Account account = new Account(form.getEmail(), PasswordHasher.hash(form.getPassword().toCharArray()),
                form.getGivenName().strip(), form.getFamilyName().strip(), clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "account_email_key_unique")) {
                // the same address signed up a moment ago, in a transaction our check could not see yet
                throw new SignUpRefused(Field.EMAIL, new RuleViolation("signup.email-taken"));
            }
            throw e;
        }
        audit.record(account, null, AuditAction.ACCOUNT_CREATED, Account.class, account.getId(), account.getEmail(),
                null);

        if (organization == null) {
            organization = newNonMember(form, account);
        }
        Affiliation affiliation = new Affiliation(account, organization, clock.instant());
        TiesAccess ties = form.isWantsTies() ? affiliation.requestTiesAccess(clock.instant()) : null;
        em.persist(affiliation);
        audit.record(account, organization, AuditAction.AFFILIATION_REQUESTED, Affiliation.class, affiliation.getId(),
                organization.getName() + (affiliation.isApproved() ? " (effective at once: not an ITU Member)" : ""),
                null);
        if (ties != null) {
            audit.record(account, organization, AuditAction.TIES_ACCESS_REQUESTED, TiesAccess.class, ties.getId(),
                    organization.getName(), null);
        }

        consents.accept(account, currentIds);
        sendVerification(account);
        return account;
    }

    /**
     * Mails a new verification link to an account still waiting for one. The same silence whether
     * or not such an account exists, so the form cannot be used to probe addresses; counted against
     * the address and {@code clientAddress} either way ({@link MailRequests}).
     */
    public void resendVerification(String email, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("accounts.invalid-email");
        }
        mailRequests.admit(email, clientAddress);
        em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(email))
                .getResultStream()
                .filter(a -> a.getState() == AccountState.PENDING_VERIFICATION)
                .findFirst()
                .ifPresent(this::sendVerification);
    }

    private void sendVerification(Account account) {
        String raw = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);
        mailer.send(VERIFICATION_MAIL.mail(Words.ENGLISH, account.getEmail(), Map.of("name", account.getFullName(),
                "link", links.page("verify.xhtml", "token", raw),
                "hours", TokenPurpose.VERIFY_EMAIL.lifetime().toHours())));
    }

    private Organization checkOrganization(SignUpForm form, Map<Field, RuleViolation> problems) {
        Standing standing = form.getStanding();
        if (standing == null) {
            problems.put(Field.STANDING, new RuleViolation("signup.choose-standing"));
            return null;
        }
        if (standing == Standing.OTHER) {
            checkNewOrganization(form, problems);
            return problems.containsKey(Field.NEW_ORGANIZATION_NAME) ? null : existingNonMember(form.getNewOrganizationName());
        }
        // a forged or stale id gets the same answer as none: the list is the only way to choose
        Organization chosen = directory.find(form.getOrganizationId())
                .filter(Organization::isActive)
                .filter(o -> o.getCategory().standing() == standing)
                .orElse(null);
        if (chosen == null) {
            problems.put(Field.ORGANIZATION, new RuleViolation("affiliations.choose-from-list"));
        }
        return chosen;
    }

    private void checkNewOrganization(SignUpForm form, Map<Field, RuleViolation> problems) {
        String name = form.getNewOrganizationName();
        if (name == null || name.isBlank()) {
            problems.put(Field.NEW_ORGANIZATION_NAME, new RuleViolation("signup.enter-organization-name"));
        } else if (name.strip().length() > ORGANIZATION_NAME_LENGTH) {
            problems.put(Field.NEW_ORGANIZATION_NAME,
                    new RuleViolation("organizations.name-too-long", String.valueOf(ORGANIZATION_NAME_LENGTH)));
        } else {
            directory.activeNamed(name).stream()
                    .filter(o -> o.getCategory().standing() != Standing.OTHER)
                    .findFirst()
                    .ifPresent(member -> problems.put(Field.NEW_ORGANIZATION_NAME,
                            new RuleViolation("signup.organization-has-standing", member.getName())));
        }
        String country = form.getNewOrganizationCountry();
        if (country == null || !COUNTRIES.contains(country)) {
            problems.put(Field.NEW_ORGANIZATION_COUNTRY, new RuleViolation("signup.choose-organization-country"));
        }
    }

    /** An organization typed a second time is the same organization: its people share one record. */
    private Organization existingNonMember(String name) {
        return directory.activeNamed(name).stream()
                .filter(o -> o.getCategory() == MembershipCategory.NON_MEMBER)
                .findFirst().orElse(null);
    }

    private Organization newNonMember(SignUpForm form, Account account) {
        Organization organization = new Organization(form.getNewOrganizationName().strip(),
                form.getNewOrganizationCountry(), MembershipCategory.NON_MEMBER, EnumSet.noneOf(Sector.class),
                        clock.instant());
        em.persist(organization);
        audit.record(account, organization, AuditAction.ORGANIZATION_CREATED, Organization.class,
                organization.getId(), organization.getName() + ", " + organization.getCountry() + ", at sign-up", null);
        return organization;
    }

    private static void checkTies(SignUpForm form, Organization organization, Map<Field, RuleViolation> problems) {
        boolean eligible = organization != null && organization.isTiesEligible();
        // without a valid choice there is nothing to judge eligibility by, except that "other" never is
        boolean judged = organization != null || form.getStanding() == Standing.OTHER;
        if (form.isWantsTies() && judged && !eligible) {
            problems.put(Field.TIES, new RuleViolation("affiliations.ties-not-eligible"));
        }
    }

    private static void checkName(String name, Field field, Map<Field, RuleViolation> problems) {
        boolean given = field == Field.GIVEN_NAME;
        if (name == null || name.isBlank()) {
            problems.put(field, given ? new RuleViolation("signup.enter-given-name")
                    : new RuleViolation("signup.enter-family-name"));
        } else if (name.strip().length() > NAME_LENGTH) {
            String most = String.valueOf(NAME_LENGTH);
            problems.put(field, given ? new RuleViolation("signup.given-name-too-long", most)
                    : new RuleViolation("signup.family-name-too-long", most));
        }
    }

    private void checkEmail(String email, Map<Field, RuleViolation> problems) {
        if (email == null || email.isBlank()) {
            problems.put(Field.EMAIL, new RuleViolation("signup.enter-email"));
        } else if (!EmailAddress.isValid(email)) {
            problems.put(Field.EMAIL, new RuleViolation("accounts.invalid-email"));
        } else if (!em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(email)).getResultList().isEmpty()) {
            problems.put(Field.EMAIL, new RuleViolation("signup.email-taken"));
        }
    }
}
