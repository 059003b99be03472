package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventCatalog;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.EventOffer;
import org.focalpoint.events.EventSearch;
import org.focalpoint.events.MyRegistration;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.events.Registrations;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delegate registers for events and withdraws: the state comes from the approval rule, refusals write nothing. */
@ExtendWith(ArquillianExtension.class)
class RegistrationsIT {

    private static final String ACCOUNT_NOT_ACTIVE = "Only an active account can register for events.";
    private static final String NOT_YOURS = "This is not one of your affiliations.";
    private static final String EVENT_ENDED = "This event has ended.";
    private static final String ALREADY_REGISTERED = "You are already registered for this event.";
    private static final String NOT_YOUR_REGISTRATION = "This is not one of your registrations.";
    private static final String TOO_LATE_TO_WITHDRAW =
            "This event has ended: its registration can no longer be withdrawn.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Registrations registrations;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    EventCatalog catalog;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    Organization member;

    @BeforeEach
    void anItuTMember() throws Exception {
        tx.begin();
        member = TestData.member(em);
        tx.commit();
    }

    /** An active person with an approved affiliation to {@code organization}, TIES access granted if {@code ties}. */
    private Affiliation delegate(Organization organization, boolean ties) throws Exception {
        tx.begin();
        Account person = TestData.activeAccount(em, TestData.uniqueEmail("delegate"));
        Affiliation affiliation = new Affiliation(person, em.find(Organization.class, organization.getId()),
                Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        if (ties) {
            affiliation.requestTiesAccess(Instant.now()).decide(TiesState.GRANTED, null, null, Instant.now());
        }
        em.persist(affiliation);
        tx.commit();
        return affiliation;
    }

    /** An event of ITU-T in three weeks whose registration window opened {@code opened} ago and closes in {@code closes}. */
    private Event event(EventKind kind, Duration opened, Duration closes, LocalDate endsOn) throws Exception {
        tx.begin();
        Instant now = Instant.now();
        Event event = new Event(Sector.ITU_T, kind, kind.label(Words.ENGLISH) + " " + UUID.randomUUID(), endsOn.minusDays(2), endsOn,
                now.minus(opened), now.plus(closes), Instant.now());
        event.holdAt("Geneva");
        em.persist(event);
        tx.commit();
        return event;
    }

    private Event open(EventKind kind) throws Exception {
        return event(kind, Duration.ofDays(1), Duration.ofDays(10), TODAY.plusDays(22));
    }

    private Organization organization(String name, String country, MembershipCategory category) throws Exception {
        tx.begin();
        Organization o = new Organization(name + " " + UUID.randomUUID(), country, category, EnumSet.of(Sector.ITU_R),
                Instant.now());
        em.persist(o);
        tx.commit();
        return o;
    }

    private long registrationsOf(Account account) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select count(r) from Registration r where r.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
    }

    private Registration reload(Registration registration) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Registration.class, registration.getId());
    }

    private List<String> actions(Registration registration) {
        return audit.about(Registration.class, registration.getId()).stream().map(AuditEntry::getAction).toList();
    }

    private void refusedAndNothingWritten(Affiliation affiliation, Event event, String message) {
        long before = registrationsOf(affiliation.getAccount());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> registrations.register(affiliation.getAccount(), event.getId(), affiliation.getId()));
        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
        assertEquals(before, registrationsOf(affiliation.getAccount()), "nothing was written");
    }

    @Test
    void aRegistrationToAStudyGroupWaitsForTheDfpWhenTheMemberHasNotOptedIn() throws Exception {
        Affiliation delegate = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);

        Registration made = registrations.register(delegate.getAccount(), event.getId(), delegate.getId());

        Registration fresh = reload(made);
        assertEquals(RegistrationState.PENDING_APPROVAL, fresh.getState());
        assertEquals("Waits for the Designated Focal Point for ITU-T", fresh.getBasis());
        assertNull(fresh.getDecision());
        AuditEntry entry = audit.about(Registration.class, made.getId()).get(0);
        assertEquals(AuditAction.REGISTRATION_MADE.name(), entry.getAction());
        assertEquals(member.getId(), entry.getOnBehalfOf().getId());
        assertEquals(delegate.getAccount().getId(), entry.getActor().getId());
        Mailbox.Mail mail = Mailbox.await(delegate.getAccount().getEmail(), "Your registration for " + event.getTitle());
        assertTrue(mail.subject().endsWith(": waiting for approval"), mail.subject());
        assertTrue(mail.body().contains("Designated Focal Point for ITU-T"), mail.body());
    }

    @Test
    void aMemberOptedInHasItsDelegateWithTiesAccessAutoApproved() throws Exception {
        tx.begin();
        OptInSetting optIn = new OptInSetting(em.find(Organization.class, member.getId()), Sector.ITU_T);
        optIn.optIn(TODAY.minusDays(10), studyPeriod.endsOn());
        em.persist(optIn);
        tx.commit();
        Affiliation withTies = delegate(member, true);
        Affiliation withoutTies = delegate(member, false);
        Event event = open(EventKind.STUDY_GROUP);

        Registration auto = reload(registrations.register(withTies.getAccount(), event.getId(), withTies.getId()));
        Registration waiting = reload(registrations.register(withoutTies.getAccount(), event.getId(), withoutTies.getId()));

        assertEquals(RegistrationState.AUTO_APPROVED, auto.getState());
        assertTrue(auto.getBasis().startsWith("Automatic approval: the member opted in for ITU-T"), auto.getBasis());
        assertNotNull(auto.getDecision().getAt());
        assertNull(auto.getDecision().getBy(), "the platform decided");
        assertEquals(List.of(AuditAction.REGISTRATION_MADE.name(), AuditAction.REGISTRATION_AUTO_APPROVED.name()),
                actions(auto));
        assertNull(audit.about(Registration.class, auto.getId()).get(1).getActor());
        Mailbox.Mail mail = Mailbox.await(withTies.getAccount().getEmail(), "Your registration for " + event.getTitle());
        assertTrue(mail.subject().endsWith(": approved automatically"), mail.subject());
        assertTrue(mail.body().contains("TSB Circular 118"), mail.body());

        assertEquals(RegistrationState.PENDING_APPROVAL, waiting.getState(), "no TIES access, no automatic approval");
    }

    @Test
    void theDfpsOwnRegistrationIsApprovedAtOnce() throws Exception {
        Affiliation dfp = delegate(member, false);
        tx.begin();
        em.persist(new DesignatedFocalPoint(em.find(Organization.class, member.getId()), Sector.ITU_T,
                em.find(Account.class, dfp.getAccount().getId()), Instant.now()));
        tx.commit();
        Event event = open(EventKind.TSAG);

        Registration made = reload(registrations.register(dfp.getAccount(), event.getId(), dfp.getId()));

        assertEquals(RegistrationState.APPROVED, made.getState());
        assertTrue(made.getBasis().startsWith("The Designated Focal Point's own registration"), made.getBasis());
        assertNull(made.getDecision().getBy());
        assertEquals(List.of(AuditAction.REGISTRATION_MADE.name(), AuditAction.REGISTRATION_CONFIRMED.name()),
                actions(made));
        Mailbox.Mail mail = Mailbox.await(dfp.getAccount().getEmail(), "Your registration for " + event.getTitle());
        assertTrue(mail.subject().endsWith(": approved"), mail.subject());
        assertTrue(mail.body().contains("Designated Focal Point"), mail.body());
    }

    @Test
    void aWorkshopIsConfirmedForItuMembersOfAnySectorAndPeopleFromMemberCountries() throws Exception {
        Event workshop = open(EventKind.WORKSHOP);
        Affiliation itur = delegate(organization("ITU-R Member", "CH", MembershipCategory.SECTOR_MEMBER), false);
        organization("Kingdom of Lesotho", "LS", MembershipCategory.MEMBER_STATE);
        Organization lesothoStartUp = organization("Maseru start-up", "LS", MembershipCategory.NON_MEMBER);
        Affiliation fromMemberCountry = delegate(lesothoStartUp, false);

        Registration confirmed = reload(registrations.register(itur.getAccount(), workshop.getId(), itur.getId()));
        Registration alsoConfirmed = reload(registrations.register(fromMemberCountry.getAccount(), workshop.getId(),
                fromMemberCountry.getId()));

        assertEquals(RegistrationState.APPROVED, confirmed.getState());
        assertEquals("Workshop: confirmed at registration", confirmed.getBasis());
        assertEquals(RegistrationState.APPROVED, alsoConfirmed.getState());
        Mailbox.Mail mail = Mailbox.await(itur.getAccount().getEmail(), "Your registration for " + workshop.getTitle());
        assertTrue(mail.subject().endsWith(": confirmed"), mail.subject());
    }

    @Test
    void aWorkshopRefusesANonMemberFromACountryWithoutMemberState() throws Exception {
        Event workshop = open(EventKind.WORKSHOP);
        // no Member State of Antarctica is in the registry
        Affiliation elsewhere = delegate(organization("Research station", "AQ", MembershipCategory.NON_MEMBER), false);

        refusedAndNothingWritten(elsewhere, workshop, "Workshops are open to ITU Members and to people from ITU member countries");
    }

    @Test
    void closedNotYetOpenEndedAndOutOfSectorAreRefusedWithNothingWritten() throws Exception {
        Affiliation delegate = delegate(member, true);

        refusedAndNothingWritten(delegate, event(EventKind.STUDY_GROUP, Duration.ofDays(20), Duration.ofDays(-1),
                TODAY.plusDays(22)), "Registration closed on ");
        refusedAndNothingWritten(delegate, event(EventKind.STUDY_GROUP, Duration.ofDays(-2), Duration.ofDays(10),
                TODAY.plusDays(22)), "Registration opens on ");
        refusedAndNothingWritten(delegate, event(EventKind.STUDY_GROUP, Duration.ofDays(20), Duration.ofDays(10),
                TODAY.minusDays(1)), EVENT_ENDED);
        Affiliation itur = delegate(organization("ITU-R only", "CH", MembershipCategory.SECTOR_MEMBER), true);
        refusedAndNothingWritten(itur, open(EventKind.STUDY_GROUP), itur.getOrganization().getName()
                + " does not participate in ITU-T");
    }

    @Test
    void anAffiliationNotApprovedOrAnInactiveAccountIsRefused() throws Exception {
        Event event = open(EventKind.STUDY_GROUP);
        tx.begin();
        Account person = TestData.activeAccount(em, TestData.uniqueEmail("requested"));
        Affiliation requested = new Affiliation(person, em.find(Organization.class, member.getId()), Instant.now());
        em.persist(requested);
        tx.commit();
        refusedAndNothingWritten(requested, event, "Your affiliation with " + member.getName() + " is not approved");

        Affiliation deactivated = delegate(member, true);
        tx.begin();
        em.find(Account.class, deactivated.getAccount().getId()).deactivate(Instant.now());
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        Account gone = em.find(Account.class, deactivated.getAccount().getId());
        long before = registrationsOf(gone);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> registrations.register(gone, event.getId(), deactivated.getId()));
        assertEquals(ACCOUNT_NOT_ACTIVE, refused.getMessage());
        assertEquals(before, registrationsOf(gone));
    }

    @Test
    void nobodyRegistersOnBehalfOfSomeoneElsesAffiliation() throws Exception {
        Affiliation mine = delegate(member, true);
        Affiliation theirs = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> registrations.register(mine.getAccount(), event.getId(), theirs.getId()));

        assertEquals(NOT_YOURS, refused.getMessage());
        assertEquals(0, registrationsOf(mine.getAccount()));
        assertEquals(0, registrationsOf(theirs.getAccount()));
        assertThrows(RuleViolation.class, () -> registrations.register(mine.getAccount(), -1L, mine.getId()));
        assertThrows(RuleViolation.class, () -> registrations.register(mine.getAccount(), event.getId(), null));
        assertEquals(0, registrationsOf(mine.getAccount()));
    }

    @Test
    void registeringTwiceIsRefusedAndTheFirstStaysAsItWas() throws Exception {
        Affiliation delegate = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);
        Registration first = reload(registrations.register(delegate.getAccount(), event.getId(), delegate.getId()));

        refusedAndNothingWritten(delegate, event, ALREADY_REGISTERED);

        Registration fresh = reload(first);
        assertEquals(first.getVersion(), fresh.getVersion());
        assertEquals(List.of(AuditAction.REGISTRATION_MADE.name()), actions(fresh));
    }

    @Test
    void twoRegistrationsAtTheSameMomentMakeOneAndTheOtherIsToldClearly() throws Exception {
        Affiliation delegate = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);
        Callable<Long> register = () ->
                registrations.register(delegate.getAccount(), event.getId(), delegate.getId()).getId();
        Race.Outcome<Long> race = Race.run(executor, register, register);
        List<Long> made = race.stood();
        assertEquals(1, made.size(), race.toString());
        assertEquals(List.of(ALREADY_REGISTERED), race.refused());
        assertEquals(1, registrationsOf(delegate.getAccount()));
        assertEquals(1, audit.about(Registration.class, made.get(0)).size(), "one registration audited once");
    }

    @Test
    void aDelegateWithdrawsAndMayRegisterAgain() throws Exception {
        Affiliation delegate = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);
        Registration made = reload(registrations.register(delegate.getAccount(), event.getId(), delegate.getId()));

        registrations.withdraw(delegate.getAccount(), made.getId(), made.getVersion());

        Registration withdrawn = reload(made);
        assertEquals(RegistrationState.WITHDRAWN, withdrawn.getState());
        assertEquals(delegate.getAccount().getId(), withdrawn.getDecision().getBy().getId());
        assertEquals(List.of(AuditAction.REGISTRATION_MADE.name(), AuditAction.REGISTRATION_WITHDRAWN.name()),
                actions(withdrawn));
        Mailbox.Mail mail = Mailbox.await(delegate.getAccount().getEmail(), ": withdrawn");
        assertTrue(mail.body().contains(event.getTitle()), mail.body());
        MyRegistration line = registrations.of(delegate.getAccount()).get(0);
        assertEquals("You", line.decidedBy());
        assertTrue(!line.withdrawable());

        // withdrawing twice: nothing left to withdraw
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> registrations.withdraw(delegate.getAccount(), withdrawn.getId(), withdrawn.getVersion()));
        assertTrue(again.getMessage().contains("nothing to withdraw"), again.getMessage());

        Registration back = reload(registrations.register(delegate.getAccount(), event.getId(), delegate.getId()));
        assertEquals(made.getId(), back.getId(), "one row per person and event");
        assertEquals(RegistrationState.PENDING_APPROVAL, back.getState());
        assertNull(back.getDecision());
    }

    @Test
    void nobodyWithdrawsSomeoneElsesRegistrationNorAStaleOneNorAfterTheEvent() throws Exception {
        Affiliation mine = delegate(member, true);
        Affiliation theirs = delegate(member, true);
        Event event = open(EventKind.STUDY_GROUP);
        Registration theirRegistration = reload(registrations.register(theirs.getAccount(), event.getId(), theirs.getId()));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> registrations.withdraw(mine.getAccount(), theirRegistration.getId(), theirRegistration.getVersion()));
        assertEquals(NOT_YOUR_REGISTRATION, refused.getMessage());
        RuleViolation stale = assertThrows(RuleViolation.class,
                () -> registrations.withdraw(theirs.getAccount(), theirRegistration.getId(), theirRegistration.getVersion() - 1));
        assertTrue(stale.getMessage().startsWith("Your registration changed in the meantime"), stale.getMessage());
        assertEquals(theirRegistration.getVersion(), reload(theirRegistration).getVersion());
        assertEquals(RegistrationState.PENDING_APPROVAL, reload(theirRegistration).getState());

        tx.begin();
        Event ended = TestData.studyGroupEnding(em, TODAY.minusDays(1));
        Registration past = TestData.registration(em, ended, em.find(Affiliation.class, mine.getId()),
                RegistrationState.APPROVED);
        tx.commit();
        RuleViolation tooLate = assertThrows(RuleViolation.class,
                () -> registrations.withdraw(mine.getAccount(), past.getId(), past.getVersion()));
        assertEquals(TOO_LATE_TO_WITHDRAW, tooLate.getMessage());
        assertEquals(RegistrationState.APPROVED, reload(past).getState());
    }

    @Test
    void theCatalogSearchesUpcomingEventsAndSaysWhyNot() throws Exception {
        Affiliation delegate = delegate(member, true);
        String tag = UUID.randomUUID().toString();
        tx.begin();
        Instant now = Instant.now();
        Event soon = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, "Soon " + tag, TODAY.plusDays(5), TODAY.plusDays(6),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)), Instant.now());
        Event later = new Event(Sector.ITU_T, EventKind.WORKSHOP, "Later " + tag, TODAY.plusDays(40), TODAY.plusDays(41),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), Instant.now());
        Event past = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, "Past " + tag, TODAY.minusDays(5), TODAY.minusDays(4),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(10)), Instant.now());
        em.persist(soon);
        em.persist(later);
        em.persist(past);
        tx.commit();

        EventSearch byText = new EventSearch(null, null, null, null, tag.toUpperCase());
        assertEquals(2, catalog.count(byText), "the past event is not upcoming");
        List<EventOffer> offers = catalog.page(delegate.getAccount(), byText, 0, 10);
        assertEquals(List.of(soon.getId(), later.getId()), offers.stream().map(EventOffer::id).toList());
        assertEquals(List.of(delegate.getId()), offers.get(0).choices().stream().map(EventOffer.Choice::affiliationId).toList());
        assertTrue(offers.get(1).whyNot().startsWith("Registration opens on "), offers.get(1).whyNot());
        assertEquals(1, catalog.count(new EventSearch(null, EventKind.WORKSHOP, null, null, tag)));
        assertEquals(0, catalog.count(new EventSearch(Sector.ITU_D, null, null, null, tag)));
        assertEquals(1, catalog.count(new EventSearch(null, null, TODAY.plusDays(6), TODAY.plusDays(20), tag)),
                "an event is found by any of its days");
        assertEquals(List.of(later.getId()), catalog.page(delegate.getAccount(), byText, 1, 1).stream()
                .map(EventOffer::id).toList());

        registrations.register(delegate.getAccount(), soon.getId(), delegate.getId());
        EventOffer registered = catalog.page(delegate.getAccount(), byText, 0, 1).get(0);
        assertEquals(RegistrationState.PENDING_APPROVAL, registered.registered());
        assertEquals(ALREADY_REGISTERED, registered.whyNot());
    }
}
