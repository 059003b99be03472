package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.EmailVerification;
import org.focalpoint.accounts.TokenPurpose;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.signup.SignUp;
import org.focalpoint.signup.SignUpForm;
import org.focalpoint.signup.SignUpForm.Field;
import org.focalpoint.signup.SignUpRefused;
import org.focalpoint.time.PlatformClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up and e-mail verification against the real server, database and mail server. */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

    private static final String INVALID_EMAIL = "Please enter a valid e-mail address, like name@example.org.";
    private static final String CHOOSE_FROM_LIST = "Please choose your organization from the list.";
    private static final String TIES_NOT_ELIGIBLE =
            "TIES access is only available to ITU Members (Member States, Sector Members, Associates and Academia).";
    private static final String ACCEPT_CONSENTS = "Please accept the Terms of Use and the Data Privacy statement.";
    private static final String EMAIL_TAKEN =
            "An account with this e-mail address already exists. Sign in or reset your password.";

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
    ConsentService consents;

    @Inject
    OrganizationDirectory directory;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

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
    void goodSignUpCreatesTheAccountItsRequestsAndConsentsAndMailsAVerificationLink() {
        SignUpForm form = fixture.goodForm();
        form.setWantsTies(true);
        var before = fixture.rows(form.getEmail());

        Account account = signUp.signUp(form, client);

        var after = fixture.rows(form.getEmail());
        assertEquals(1, after.get("accounts"));
        assertEquals(before.get("tokens") + 1, after.get("tokens"));
        assertEquals(before.get("affiliations") + 1, after.get("affiliations"));
        assertEquals(before.get("ties requests") + 1, after.get("ties requests"));
        assertEquals(before.get("organizations"), after.get("organizations"), "an existing member was chosen");
        assertEquals(before.get("consent acceptances") + 2, after.get("consent acceptances"));

        Account stored = em.find(Account.class, account.getId());
        assertEquals(AccountState.PENDING_VERIFICATION, stored.getState());
        assertEquals(form.getEmail(), stored.getEmail());
        assertEquals("Ann", stored.getGivenName());
        assertEquals("Lee", stored.getFamilyName());
        assertFalse(stored.getPasswordHash().contains(form.getPassword()));

        Affiliation affiliation = affiliationsOf(stored).get(0);
        assertEquals(fixture.member.getId(), affiliation.getOrganization().getId());
        assertEquals(AffiliationState.REQUESTED, affiliation.getState(), "a member approves its own people");
        assertEquals(TiesState.REQUESTED, affiliation.getTiesAccess().getState());
        assertTrue(consents.pendingFor(stored).isEmpty(), "every current consent accepted");
        assertEquals(1, fixture.count("select count(*) from account_token where account_id = ?1 and purpose = 'VERIFY_EMAIL'",
                stored.getId()));
        assertEquals(List.of("ACCOUNT_CREATED", "CONSENT_ACCEPTED", "CONSENT_ACCEPTED"),
                audit.about(Account.class, stored.getId()).stream().map(AuditEntry::getAction).toList());
        assertEquals("AFFILIATION_REQUESTED", audit.about(Affiliation.class, affiliation.getId()).get(0).getAction());
        assertEquals(1, fixture.count("select count(*) from audit_entry where action = 'TIES_ACCESS_REQUESTED' "
                + "and subject_id = ?1", affiliation.getTiesAccess().getId()));

        Mailbox.Mail mail = Mailbox.await(form.getEmail(), "Verify");
        assertEquals("Verify your e-mail address for FocalPoint", mail.subject());
        assertTrue(mail.link("verify.xhtml").contains("/focalpoint/verify.xhtml?token="), mail.body());
    }

    @Test
    void theVerificationLinkActivatesTheAccountOnce() {
        SignUpForm form = fixture.goodForm();
        Account account = signUp.signUp(form, client);
        String token = SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml"));

        verification.verify(token);

        assertEquals(AccountState.ACTIVE, em.find(Account.class, account.getId()).getState());
        assertEquals(1, fixture.count("select count(*) from audit_entry where action = 'EMAIL_VERIFIED' and subject_id = ?1",
                account.getId()));
        fixture.assertRefused("This link has already been used or replaced by a newer one. "
                + "Please use the link from your most recent e-mail, or ask for a new one.",
                () -> verification.verify(token), form.getEmail());
    }

    @Test
    void anExpiredLinkIsRefusedAndTheAccountStaysPending() {
        SignUpForm form = fixture.goodForm();
        Account account = signUp.signUp(form, client);
        String token = SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml"));
        time.advance(TokenPurpose.VERIFY_EMAIL.lifetime().plusMinutes(1));

        fixture.assertRefused("This link has expired. Please ask for a new one.", () -> verification.verify(token),
                form.getEmail());
        assertEquals(AccountState.PENDING_VERIFICATION, em.find(Account.class, account.getId()).getState());
        assertEquals(0, fixture.count("select count(*) from account_token where account_id = ?1 and used_at is not null",
                account.getId()));
    }

    @Test
    void aForgedOrEmptyTokenIsRefused() {
        String forged = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        String message = "This link is not valid. Please use the link from your most recent e-mail.";
        fixture.assertRefused(message, () -> verification.verify(forged), "nobody@example.org");
        fixture.assertRefused(message, () -> verification.verify(""), "nobody@example.org");
        fixture.assertRefused(message, () -> verification.verify(null), "nobody@example.org");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndUnknownAddressesGetTheSameSilence() {
        SignUpForm form = fixture.goodForm();
        signUp.signUp(form, client);
        String first = SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml"));

        signUp.resendVerification(form.getEmail().toUpperCase(), client);

        assertEquals(2, Mailbox.of(form.getEmail()).size());
        String second = SignUpFixture.token(Mailbox.await(form.getEmail(), "Verify").link("verify.xhtml"));
        fixture.assertRefused("This link has already been used or replaced by a newer one. "
                + "Please use the link from your most recent e-mail, or ask for a new one.",
                () -> verification.verify(first), form.getEmail());
        verification.verify(second);

        String unknown = SignUpFixture.uniqueEmail();
        var before = fixture.rows(unknown);
        signUp.resendVerification(unknown, client);
        signUp.resendVerification(form.getEmail(), client);
        assertEquals(before, fixture.rows(unknown));
        assertTrue(Mailbox.of(unknown).isEmpty());
        assertEquals(2, Mailbox.of(form.getEmail()).size(), "an active account gets no verification link");
    }

    @Test
    void anAddressAlreadyUsedInAnotherCaseIsRefused() {
        String local = "ann" + fixture.tag;
        SignUpForm first = fixture.goodForm();
        first.setEmail(local + "@Example.org");
        signUp.signUp(first, client);

        SignUpForm second = fixture.goodForm();
        second.setEmail(local.toUpperCase() + "@example.ORG");
        fixture.assertRefused(EMAIL_TAKEN, () -> signUp.signUp(second, client), second.getEmail());
        assertEquals(1, fixture.rows(second.getEmail()).get("accounts"));
    }

    @Test
    void twoSimultaneousSignUpsWithOneAddressMakeOneAccount() throws Exception {
        SignUpForm first = fixture.goodForm();
        SignUpForm second = fixture.goodForm();
        second.setEmail(first.getEmail().toUpperCase());
        // both pass the check before either commits (hashing the password takes a while): the
        // unique constraint decides, and the loser gets the same answer as a later sign-up
        Race.Outcome<String> race = Race.run(executor, () -> signUp(first), () -> signUp(second));
        assertEquals(List.of("created"), race.stood(), race.toString());
        assertEquals(List.of(EMAIL_TAKEN), race.refused(), race.toString());
        assertEquals(1, fixture.rows(first.getEmail()).get("accounts"));
    }

    private String signUp(SignUpForm form) {
        signUp.signUp(form, client);
        return "created";
    }

    @Test
    void anInvalidAddressIsRefused() {
        SignUpForm form = fixture.goodForm();
        form.setEmail("ann@example");
        fixture.assertRefused(INVALID_EMAIL, () -> signUp.signUp(form, client), form.getEmail());
        form.setEmail("ann@example.org\r\nBcc: everyone@example.org");
        fixture.assertRefused(INVALID_EMAIL, () -> signUp.signUp(form, client), "ann@example.org");
    }

    @Test
    void aWeakPasswordIsRefused() {
        SignUpForm form = fixture.goodForm();
        form.setPassword("short");
        form.setConfirmation("short");
        fixture.assertRefused("The password must have at least 12 characters.", () -> signUp.signUp(form, client),
                form.getEmail());
    }

    @Test
    void passwordsThatDifferAreRefused() {
        SignUpForm form = fixture.goodForm();
        form.setConfirmation("correct horse battery staple");
        fixture.assertRefused("The two passwords do not match.", () -> signUp.signUp(form, client), form.getEmail());
    }

    @Test
    void anOrganizationNotInTheListIsRefused() {
        SignUpForm form = fixture.goodForm();
        form.setOrganizationId(Long.MAX_VALUE);
        fixture.assertRefused(CHOOSE_FROM_LIST, () -> signUp.signUp(form, client), form.getEmail());
        form.setOrganizationId(null);
        fixture.assertRefused(CHOOSE_FROM_LIST, () -> signUp.signUp(form, client), form.getEmail());
        form.setOrganizationId(fixture.inactiveMember.getId());
        fixture.assertRefused(CHOOSE_FROM_LIST, () -> signUp.signUp(form, client), form.getEmail());
    }

    @Test
    void anOrganizationOfAnotherStandingIsRefused() {
        SignUpForm form = fixture.goodForm();
        form.setOrganizationId(fixture.specificStatus.getId());
        fixture.assertRefused(CHOOSE_FROM_LIST, () -> signUp.signUp(form, client), form.getEmail());
        form.setStanding(Standing.SPECIFIC_STATUS);
        form.setOrganizationId(fixture.member.getId());
        fixture.assertRefused(CHOOSE_FROM_LIST, () -> signUp.signUp(form, client), form.getEmail());
    }

    @Test
    void tiesAccessForAnOrganizationThatIsNotAMemberIsRefused() {
        SignUpForm specific = fixture.goodForm();
        specific.setStanding(Standing.SPECIFIC_STATUS);
        specific.setOrganizationId(fixture.specificStatus.getId());
        specific.setWantsTies(true);
        fixture.assertRefused(TIES_NOT_ELIGIBLE, () -> signUp.signUp(specific, client), specific.getEmail());

        SignUpForm other = otherForm("Garage " + fixture.tag, "IT");
        other.setWantsTies(true);
        fixture.assertRefused(TIES_NOT_ELIGIBLE, () -> signUp.signUp(other, client), other.getEmail());
    }

    @Test
    void consentsNotAcceptedOrNotCurrentAreRefused() {
        SignUpForm none = fixture.goodForm();
        none.setAcceptedConsentIds(Set.of());
        fixture.assertRefused(ACCEPT_CONSENTS, () -> signUp.signUp(none, client), none.getEmail());

        List<ConsentDocument> current = consents.currentDocuments();
        SignUpForm onlyOne = fixture.goodForm();
        onlyOne.setAcceptedConsentIds(Set.of(current.get(0).getId()));
        fixture.assertRefused(ACCEPT_CONSENTS, () -> signUp.signUp(onlyOne, client), onlyOne.getEmail());

        SignUpForm stale = fixture.goodForm();
        Set<Long> ids = new HashSet<>(stale.getAcceptedConsentIds());
        ids.add(-1L);
        stale.setAcceptedConsentIds(ids);
        fixture.assertRefused(ACCEPT_CONSENTS, () -> signUp.signUp(stale, client), stale.getEmail());
    }

    @Test
    void namesMustBeGivenAndAtMostAHundredCharacters() {
        SignUpForm form = fixture.goodForm();
        form.setGivenName("A".repeat(101));
        fixture.assertRefused("Your given name can be at most 100 characters long.", () -> signUp.signUp(form, client),
                form.getEmail());
        form.setGivenName("Ann");
        form.setFamilyName("   ");
        fixture.assertRefused("Please enter your family name.", () -> signUp.signUp(form, client), form.getEmail());

        form.setFamilyName("L".repeat(100));
        signUp.signUp(form, client);
        assertEquals(1, fixture.rows(form.getEmail()).get("accounts"));
    }

    @Test
    void markupInANameIsStoredExactlyAsTyped() {
        SignUpForm form = fixture.goodForm();
        form.setGivenName("<script>alert(1)</script>");
        form.setFamilyName("O'Brien & \"Sons\"");
        Account account = signUp.signUp(form, client);
        Account stored = em.find(Account.class, account.getId());
        assertEquals("<script>alert(1)</script>", stored.getGivenName());
        assertEquals("O'Brien & \"Sons\"", stored.getFamilyName());
    }

    @Test
    void everyProblemIsReportedAtOnceAgainstItsField() {
        SignUpForm form = fixture.goodForm();
        form.setOrganizationId(null);
        form.setGivenName("");
        form.setEmail("not an address");
        form.setPassword("x");
        form.setAcceptedConsentIds(Set.of());
        Set<Field> fields = assertThrows(SignUpRefused.class, () -> signUp.signUp(form, client)).problems().keySet();
        assertEquals(List.of(Field.ORGANIZATION, Field.GIVEN_NAME, Field.EMAIL, Field.PASSWORD, Field.CONSENT),
                List.copyOf(fields));
    }

    @Test
    void anOtherOrganizationIsCreatedOnceAndItsAffiliationIsEffectiveAtOnce() {
        String name = "Makers Cooperative " + fixture.tag;
        long before = fixture.count("select count(*) from organization");
        Account first = signUp.signUp(otherForm(name, "BR"), client);
        Account second = signUp.signUp(otherForm(name.toUpperCase() + "  ", "PT"), client);

        assertEquals(before + 1, fixture.count("select count(*) from organization"));
        Affiliation a1 = affiliationsOf(first).get(0);
        Affiliation a2 = affiliationsOf(second).get(0);
        assertEquals(a1.getOrganization().getId(), a2.getOrganization().getId());
        Organization created = a1.getOrganization();
        assertEquals(name, created.getName());
        assertEquals("BR", created.getCountry());
        assertEquals(MembershipCategory.NON_MEMBER, created.getCategory());
        assertEquals(AffiliationState.APPROVED, a1.getState());
        assertNull(a1.getTiesAccess());

        Account third = signUp.signUp(otherForm(fixture.nonMember.getName().toLowerCase(), "FR"), client);
        assertEquals(fixture.nonMember.getId(), affiliationsOf(third).get(0).getOrganization().getId());
    }

    @Test
    void aMemberTypedAsOtherIsSentBackToTheList() {
        SignUpForm form = otherForm(fixture.member.getName().toLowerCase(), "CH");
        fixture.assertRefused(fixture.member.getName() + " is in our list of organizations with a membership status. "
                + "Please choose its membership status above and pick it from the list.",
                () -> signUp.signUp(form, client), form.getEmail());
    }

    @Test
    void anOtherOrganizationNeedsANameAndARealCountry() {
        SignUpForm noName = otherForm(" ", "CH");
        fixture.assertRefused("Please enter the name of your organization.", () -> signUp.signUp(noName, client),
                noName.getEmail());
        SignUpForm badCountry = otherForm("Somewhere " + fixture.tag, "XX");
        fixture.assertRefused("Please choose the country of your organization.", () -> signUp.signUp(badCountry, client),
                badCountry.getEmail());
    }

    @Test
    void theDirectorySuggestsActiveOrganizationsOfTheStandingByName() {
        List<Organization> found = directory.suggest(Standing.ITU_MEMBER, "TELECOM " + fixture.tag.toUpperCase());
        assertEquals(List.of(fixture.member.getId()), found.stream().map(Organization::getId).toList(),
                "the inactive one is not offered");
        assertTrue(directory.suggest(Standing.SPECIFIC_STATUS, "telecom " + fixture.tag).isEmpty());
        assertTrue(directory.suggest(Standing.ITU_MEMBER, "%").size() <= OrganizationDirectory.SUGGESTIONS);
        assertTrue(directory.suggest(Standing.ITU_MEMBER, "telecom_" + fixture.tag).isEmpty(), "_ is not a wildcard");
        assertTrue(directory.suggest(Standing.ITU_MEMBER, "%" + fixture.tag).isEmpty(), "% is not a wildcard");
    }

    private SignUpForm otherForm(String organizationName, String country) {
        SignUpForm form = fixture.goodForm();
        form.setStanding(Standing.OTHER);
        form.setOrganizationId(null);
        form.setNewOrganizationName(organizationName);
        form.setNewOrganizationCountry(country);
        return form;
    }

    private List<Affiliation> affiliationsOf(Account account) {
        return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", em.find(Account.class, account.getId()))
                .getResultList();
    }
}
