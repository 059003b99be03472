package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventAdministration;
import org.focalpoint.events.EventCatalog;
import org.focalpoint.events.EventData;
import org.focalpoint.events.EventFilter;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.EventOffer;
import org.focalpoint.events.EventOversight;
import org.focalpoint.events.EventSearch;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.events.Registrations;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secretariat staff create, edit, find and cancel events; nobody else can, and bad input writes
 * nothing. Cancelling cancels the standing registrations with it and mails their delegates.
 */
@ExtendWith(ArquillianExtension.class)
class EventAdministrationIT {

    private static final String CHANGED_MEANWHILE =
            "Someone else changed this event in the meantime. Please look at it again and repeat your change.";
    private static final String ONLY_STAFF = "Only secretariat staff can manage events.";
    private static final String EVENT_CANCELLED = "This event was cancelled";

    static final LocalDate STARTS = LocalDate.of(2031, 9, 8);
    static final LocalDate ENDS = LocalDate.of(2031, 9, 9);
    static final Instant OPENS = Instant.parse("2031-07-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2031-09-01T23:59:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    EventAdministration administration;

    @Inject
    EventOversight oversight;

    @Inject
    AuditLog audit;

    @Inject
    Registrations registrations;

    @Inject
    EventCatalog catalog;

    private Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    private Account person() throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, TestData.uniqueEmail("not-staff"));
        tx.commit();
        return account;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The QoS workshop of TSB Circular 331: virtual, ITU-T, confirmed at once. */
    private static EventData workshop(String title) {
        return new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, OPENS, CLOSES, false);
    }

    private static EventData studyGroup(String title) {
        return new EventData(Sector.ITU_T, EventKind.STUDY_GROUP, title, STARTS, ENDS, "Geneva", false, OPENS, CLOSES,
                false);
    }

    private long eventsTitled(String title) {
        return em.createQuery("select count(e) from Event e where e.title like :t", Long.class)
                .setParameter("t", title + "%").getSingleResult();
    }

    private String snapshot(Long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        Event e = em.find(Event.class, id);
        return e.getVersion() + "|" + e.getTitle() + "|" + e.getSector() + "|" + e.getKind() + "|" + e.getStartsOn()
                + "|" + e.getEndsOn() + "|" + e.getPlace() + "|" + e.isVirtual() + "|" + e.getRegistrationOpens()
                + "|" + e.getRegistrationCloses() + "|" + e.isApprovalRequired() + "|" + e.getCancelledAt()
                + "|" + audit.about(Event.class, id).size();
    }

    private static void refused(String expected, Executable call) {
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
    }

    private List<AuditEntry> entries(AuditAction action, Long id) {
        return audit.about(Event.class, id).stream().filter(e -> e.getAction().equals(action.name())).toList();
    }

    @Test
    void staffCreateAWorkshopConfirmedAtOnceAndAStudyGroupThatAlwaysWaitsForApproval() throws Exception {
        Account staff = staff();
        String title = unique("QoS workshop");
        Event created = administration.create(staff, workshop("  " + title + " "));
        Event w = em.find(Event.class, created.getId());
        assertEquals(title, w.getTitle());
        assertTrue(w.isVirtual());
        assertNull(w.getPlace());
        assertFalse(w.isApprovalRequired(), "a workshop is confirmed at once unless the event says otherwise");
        assertEquals(OPENS, w.getRegistrationOpens());
        AuditEntry entry = entries(AuditAction.EVENT_CREATED, w.getId()).get(0);
        assertEquals(staff.getId(), entry.getActor().getId());
        assertTrue(entry.getDetail().contains(title), entry.getDetail());

        Event sg = administration.create(staff, studyGroup(unique("SG12")));
        assertTrue(em.find(Event.class, sg.getId()).isApprovalRequired(), "statutory events always wait for approval");
    }

    @Test
    void staffEditAnEventAndTheChangeIsAudited() throws Exception {
        Account staff = staff();
        String title = unique("SG12RG-AFR");
        Event event = administration.create(staff, studyGroup(title));
        administration.edit(staff, event.getId(), event.getVersion(), new EventData(Sector.ITU_T,
                EventKind.WORKSHOP, title + " renamed", STARTS, ENDS.plusDays(1), "Nairobi", false, OPENS,
                CLOSES, true));
        Event edited = em.find(Event.class, event.getId());
        assertEquals(title + " renamed", edited.getTitle());
        assertEquals(EventKind.WORKSHOP, edited.getKind());
        assertEquals("Nairobi", edited.getPlace());
        assertEquals(ENDS.plusDays(1), edited.getEndsOn());
        assertTrue(edited.isApprovalRequired(), "this workshop says its registrations wait for approval");
        AuditEntry entry = entries(AuditAction.EVENT_EDITED, event.getId()).get(0);
        assertTrue(entry.getDetail().startsWith("was: " + title + ", ITU-T, Study group meeting"), entry.getDetail());
    }

    @Test
    void someoneWhoIsNotStaffIsRefusedEverything() throws Exception {
        Account staff = staff();
        Account person = person();
        String title = unique("Refused");
        refused(ONLY_STAFF, () -> administration.create(person, workshop(title)));
        refused(ONLY_STAFF, () -> administration.create(null, workshop(title)));
        assertEquals(0, eventsTitled(title));

        Event event = administration.create(staff, workshop(unique("Kept")));
        String before = snapshot(event.getId());
        refused(ONLY_STAFF, () -> administration.edit(person, event.getId(), event.getVersion(),
                workshop("Taken over")));
        refused(ONLY_STAFF, () -> administration.event(person, event.getId()));
        refused(ONLY_STAFF, () -> oversight.page(person, EventFilter.everything(), 0, 10));
        refused(ONLY_STAFF, () -> oversight.count(person, EventFilter.everything()));
        assertEquals(before, snapshot(event.getId()));
    }

    @Test
    void everyBadInputIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        Account staff = staff();
        String title = unique("Bad input");
        Event existing = administration.create(staff, workshop(title + " existing"));
        String before = snapshot(existing.getId());
        Instant eventOver = ENDS.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> cases = List.of(
                new Object[]{"Please enter the title of the event.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, "   ", STARTS, ENDS, null, true, OPENS, CLOSES, false)},
                new Object[]{"The title can be at most 300 characters long.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title + "x".repeat(300), STARTS, ENDS, null, true,
                                OPENS, CLOSES, false)},
                new Object[]{"Please choose the sector of the event.",
                        new EventData(null, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, OPENS, CLOSES, false)},
                new Object[]{"Please choose the kind of event.",
                        new EventData(Sector.ITU_T, null, title, STARTS, ENDS, null, true, OPENS, CLOSES, false)},
                new Object[]{"Please enter the first and the last day of the event.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, null, ENDS, null, true, OPENS, CLOSES, false)},
                new Object[]{"The event cannot end before it starts.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, STARTS.minusDays(1), null, true,
                                OPENS, CLOSES, false)},
                new Object[]{"Please enter where the event takes place, or mark it as virtual.",
                        new EventData(Sector.ITU_T, EventKind.STUDY_GROUP, title, STARTS, ENDS, "  ", false, OPENS,
                                CLOSES, false)},
                new Object[]{"The place can be at most 200 characters long.",
                        new EventData(Sector.ITU_T, EventKind.STUDY_GROUP, title, STARTS, ENDS, "G".repeat(201), false,
                                OPENS, CLOSES, false)},
                new Object[]{"Please enter when registration opens and when it closes.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, OPENS, null, false)},
                new Object[]{"Registration must close after it opens.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, CLOSES, OPENS, false)},
                new Object[]{"Registration must close after it opens.",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, OPENS, OPENS, false)},
                new Object[]{"Registration must close by the end of the event (" + ENDS + ").",
                        new EventData(Sector.ITU_T, EventKind.WORKSHOP, title, STARTS, ENDS, null, true, OPENS,
                                eventOver.plusSeconds(60), false)});
        for (Object[] c : cases) {
            EventData data = (EventData) c[1];
            refused((String) c[0], () -> administration.create(staff, data));
            refused((String) c[0], () -> administration.edit(staff, existing.getId(), existing.getVersion(), data));
        }
        assertEquals(1, eventsTitled(title), "only the event made before");
        assertEquals(before, snapshot(existing.getId()));

        // registration may stay open until the very end of the last day (UTC)
        Event lastMinute = administration.create(staff, new EventData(Sector.ITU_T, EventKind.WORKSHOP, title + " last",
                STARTS, ENDS, null, true, OPENS, eventOver, false));
        assertEquals(eventOver, em.find(Event.class, lastMinute.getId()).getRegistrationCloses());
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        Account staff = staff();
        String title = unique("Stale");
        Event event = administration.create(staff, workshop(title));
        long seen = event.getVersion();
        administration.edit(staff, event.getId(), seen, workshop(title + " first"));
        String before = snapshot(event.getId());
        refused(CHANGED_MEANWHILE,
                () -> administration.edit(staff, event.getId(), seen, workshop(title + " second")));
        assertEquals(before, snapshot(event.getId()));
        assertEquals(title + " first", em.find(Event.class, event.getId()).getTitle());
    }

    @Test
    void staffFindEventsByTitleSectorKindAndDatesAPageAtATime() throws Exception {
        Account staff = staff();
        String title = unique("Findable 100%_");
        administration.create(staff, workshop(title + " workshop"));
        administration.create(staff, studyGroup(title + " study group"));
        administration.create(staff, new EventData(Sector.ITU_D, EventKind.REGIONAL_GROUP, title + " later",
                STARTS.plusYears(1), ENDS.plusYears(1), "Dakar", false, OPENS, CLOSES.plusSeconds(365L * 86400), false));

        assertEquals(3, oversight.count(staff, new EventFilter(title.toUpperCase(), null, null, null, null)));
        assertEquals(0, oversight.count(staff, new EventFilter(title.replace("%", "x"), null, null, null, null)),
                "% is matched literally");
        assertEquals(1, oversight.count(staff, new EventFilter(title, null, EventKind.WORKSHOP, null, null)));
        assertEquals(1, oversight.count(staff, new EventFilter(title, Sector.ITU_D, null, null, null)));
        assertEquals(2, oversight.count(staff, new EventFilter(title, null, null, ENDS, ENDS)), "taking place on that day");
        assertEquals(1, oversight.count(staff, new EventFilter(title, null, null, ENDS.plusDays(1), null)));
        List<Event> first = oversight.page(staff, new EventFilter(title, null, null, null, null), 0, 2);
        List<Event> second = oversight.page(staff, new EventFilter(title, null, null, null, null), 2, 2);
        assertEquals(2, first.size());
        assertEquals(1, second.size());
        assertEquals(title + " later", first.get(0).getTitle(), "latest first");
    }

    /** A person with an approved affiliation to {@code member}. */
    private Affiliation delegate(Organization member) throws Exception {
        tx.begin();
        Account person = TestData.activeAccount(em, TestData.uniqueEmail("cancel-delegate"));
        Affiliation affiliation = new Affiliation(person, em.find(Organization.class, member.getId()), Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        tx.commit();
        return affiliation;
    }

    /** A new delegate of {@code member} registered for {@code event} in {@code state}. */
    private Registration registered(Event event, Organization member, RegistrationState state) throws Exception {
        Affiliation affiliation = delegate(member);
        tx.begin();
        Registration registration = TestData.registration(em, em.find(Event.class, event.getId()),
                em.find(Affiliation.class, affiliation.getId()), state);
        tx.commit();
        return registration;
    }

    private Organization member() throws Exception {
        tx.begin();
        Organization member = TestData.member(em);
        tx.commit();
        return member;
    }

    private Registration reload(Registration registration) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Registration.class, registration.getId());
    }

    private String snapshot(Registration registration) {
        Registration r = reload(registration);
        return r.getState() + "|" + r.getVersion() + "|" + audit.about(Registration.class, r.getId()).size();
    }

    @Test
    void cancellingAnEventCancelsItsStandingRegistrationsAuditsAndMailsEachDelegate() throws Exception {
        Account staff = staff();
        Organization member = member();
        String title = unique("Cancelled SG");
        Event event = administration.create(staff, studyGroup(title));
        Map<RegistrationState, Registration> by = new EnumMap<>(RegistrationState.class);
        for (RegistrationState state : List.of(RegistrationState.PENDING_APPROVAL, RegistrationState.APPROVED,
                RegistrationState.AUTO_APPROVED, RegistrationState.REJECTED, RegistrationState.WITHDRAWN)) {
            by.put(state, registered(event, member, state));
        }
        Event other = administration.create(staff, studyGroup(unique("Not cancelled")));
        Registration elsewhere = registered(other, member, RegistrationState.APPROVED);
        String untouchedRejected = snapshot(by.get(RegistrationState.REJECTED));
        String untouchedWithdrawn = snapshot(by.get(RegistrationState.WITHDRAWN));
        String untouchedElsewhere = snapshot(elsewhere);

        int cancelled = administration.cancel(staff, event.getId(), event.getVersion(), "  Postponed to 2032. ");

        assertEquals(3, cancelled);
        em.getEntityManagerFactory().getCache().evictAll();
        Event stored = em.find(Event.class, event.getId());
        assertTrue(stored.isCancelled());
        assertEquals("Postponed to 2032.", stored.getCancellationReason());
        AuditEntry eventEntry = entries(AuditAction.EVENT_CANCELLED, event.getId()).get(0);
        assertEquals(staff.getId(), eventEntry.getActor().getId());
        assertEquals("Postponed to 2032.", eventEntry.getReason());
        assertTrue(eventEntry.getDetail().startsWith(title), eventEntry.getDetail());

        for (RegistrationState standing : List.of(RegistrationState.PENDING_APPROVAL, RegistrationState.APPROVED,
                RegistrationState.AUTO_APPROVED)) {
            Registration r = reload(by.get(standing));
            assertEquals(RegistrationState.CANCELLED, r.getState(), "was " + standing);
            assertEquals("Postponed to 2032.", r.getDecision().getReason());
            assertEquals(staff.getId(), r.getDecision().getBy().getId());
            List<AuditEntry> audited = audit.about(Registration.class, r.getId()).stream()
                    .filter(e -> e.getAction().equals(AuditAction.REGISTRATION_CANCELLED.name())).toList();
            assertEquals(1, audited.size(), "was " + standing);
            assertEquals(member.getId(), audited.get(0).getOnBehalfOf().getId());
            assertEquals(staff.getId(), audited.get(0).getActor().getId());
            Mailbox.Mail mail = Mailbox.await(r.getAccount().getEmail(), "Your registration for " + title + ": cancelled");
            assertTrue(mail.body().contains("Postponed to 2032."), mail.body());
            assertTrue(mail.body().contains("on behalf of " + member.getName()), mail.body());
            mail.link("events.xhtml");
        }
        assertEquals(untouchedRejected, snapshot(by.get(RegistrationState.REJECTED)));
        assertEquals(untouchedWithdrawn, snapshot(by.get(RegistrationState.WITHDRAWN)));
        assertEquals(untouchedElsewhere, snapshot(elsewhere));
        // the standing ones were mailed in the same commit: the others got nothing
        assertTrue(Mailbox.of(by.get(RegistrationState.REJECTED).getAccount().getEmail()).isEmpty());
        assertTrue(Mailbox.of(by.get(RegistrationState.WITHDRAWN).getAccount().getEmail()).isEmpty());
    }

    @Test
    void cancellingIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        Account staff = staff();
        Account person = person();
        Organization member = member();
        String title = unique("Kept SG");
        Event event = administration.create(staff, studyGroup(title));
        Registration waiting = registered(event, member, RegistrationState.PENDING_APPROVAL);
        String before = snapshot(event.getId());
        String registrationBefore = snapshot(waiting);

        refused(ONLY_STAFF, () -> administration.cancel(person, event.getId(), event.getVersion(),
                "Not mine to cancel"));
        refused(ONLY_STAFF, () -> administration.cancel(null, event.getId(), event.getVersion(),
                "Nobody"));
        String noReason = "Please give a reason for cancelling: every registered delegate will read it.";
        refused(noReason, () -> administration.cancel(staff, event.getId(), event.getVersion(), "   "));
        refused(noReason, () -> administration.cancel(staff, event.getId(), event.getVersion(), null));
        refused("Please keep the reason under 1000 characters.",
                () -> administration.cancel(staff, event.getId(), event.getVersion(), "x".repeat(1001)));
        refused("This event does not exist.", () -> administration.cancel(staff, -1L, 0, "Gone"));
        assertEquals(before, snapshot(event.getId()));
        assertEquals(registrationBefore, snapshot(waiting));

        // a version staff read before someone else's edit
        long seen = event.getVersion();
        administration.edit(staff, event.getId(), seen, studyGroup(title + " moved"));
        String edited = snapshot(event.getId());
        refused(CHANGED_MEANWHILE,
                () -> administration.cancel(staff, event.getId(), seen, "On a stale page"));
        assertEquals(edited, snapshot(event.getId()));
        assertEquals(registrationBefore, snapshot(waiting));

        long current = em.find(Event.class, event.getId()).getVersion();
        assertEquals(1, administration.cancel(staff, event.getId(), current, "Room unavailable"));
        em.getEntityManagerFactory().getCache().evictAll();
        Event cancelled = em.find(Event.class, event.getId());
        String afterCancel = snapshot(event.getId());
        String registrationAfter = snapshot(waiting);
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> administration.cancel(staff, event.getId(), cancelled.getVersion(), "Twice"));
        assertTrue(again.getMessage().startsWith(title + " moved was already cancelled on "), again.getMessage());
        RuleViolation edit = assertThrows(RuleViolation.class, () -> administration.edit(staff, event.getId(),
                cancelled.getVersion(), studyGroup(title + " revived")));
        assertTrue(edit.getMessage().endsWith("It can no longer be changed."), edit.getMessage());
        assertEquals(afterCancel, snapshot(event.getId()));
        assertEquals(registrationAfter, snapshot(waiting));
        assertEquals(1, entries(AuditAction.EVENT_CANCELLED, event.getId()).size());

        tx.begin();
        Event ended = TestData.studyGroupEnding(em, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        tx.commit();
        String endedBefore = snapshot(ended.getId());
        refused(ended.getTitle() + " has ended (" + ended.getEndsOn() + "): an event that took place cannot be cancelled.",
                () -> administration.cancel(staff, ended.getId(), ended.getVersion(), "Too late"));
        assertEquals(endedBefore, snapshot(ended.getId()));
    }

    @Test
    void aCancelledEventRefusesRegistrationAndTheCatalogSaysWhy() throws Exception {
        Account staff = staff();
        Organization member = member();
        tx.begin();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Event event = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, unique("Open then cancelled"),
                today.plusDays(20), today.plusDays(22), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                        Instant.now());
        event.holdAt("Geneva");
        em.persist(event);
        tx.commit();
        Registration cancelledWithIt = registered(event, member, RegistrationState.APPROVED);
        Affiliation newcomer = delegate(member);
        administration.cancel(staff, event.getId(), event.getVersion(), "Merged with the March meeting.");
        String expected = EVENT_CANCELLED + ": Merged with the March meeting.";

        // the delegate whose registration was cancelled with the event, and one who never registered
        for (Affiliation someone : List.of(cancelledWithIt.getAffiliation(), newcomer)) {
            Account delegate = someone.getAccount();
            long before = em.createQuery("select count(r) from Registration r where r.account = :a", Long.class)
                    .setParameter("a", delegate).getSingleResult();
            String registrationBefore = snapshot(cancelledWithIt);
            refused(expected, () -> registrations.register(delegate, event.getId(), someone.getId()));
            em.getEntityManagerFactory().getCache().evictAll();
            assertEquals(before, em.createQuery("select count(r) from Registration r where r.account = :a", Long.class)
                    .setParameter("a", delegate).getSingleResult(), "nothing was written");
            assertEquals(registrationBefore, snapshot(cancelledWithIt));

            EventOffer offer = catalog.page(delegate, new EventSearch(null, null, null, null, event.getTitle()), 0, 5)
                    .get(0);
            assertTrue(offer.cancelled(), "the catalog marks it");
            assertFalse(offer.canRegister());
            assertEquals(expected, offer.whyNot());
        }
    }
}
