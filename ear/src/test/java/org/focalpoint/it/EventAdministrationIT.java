package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventAdministration;
import org.focalpoint.events.EventData;
import org.focalpoint.events.EventFilter;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.EventOversight;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secretariat staff create, edit and find events; nobody else can, and bad input writes nothing. */
@ExtendWith(ArquillianExtension.class)
class EventAdministrationIT {

    static final LocalDate STARTS = LocalDate.of(2031, 9, 8);
    static final LocalDate ENDS = LocalDate.of(2031, 9, 9);
    static final Instant OPENS = Instant.parse("2031-07-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2031-09-01T23:59:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.earWithTests(EventAdministrationIT.class);
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
                + "|" + e.getRegistrationCloses() + "|" + e.isApprovalRequired() + "|" + audit.about(Event.class, id).size();
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
        refused(EventAdministration.ONLY_STAFF, () -> administration.create(person, workshop(title)));
        refused(EventAdministration.ONLY_STAFF, () -> administration.create(null, workshop(title)));
        assertEquals(0, eventsTitled(title));

        Event event = administration.create(staff, workshop(unique("Kept")));
        String before = snapshot(event.getId());
        refused(EventAdministration.ONLY_STAFF, () -> administration.edit(person, event.getId(), event.getVersion(),
                workshop("Taken over")));
        refused(EventAdministration.ONLY_STAFF, () -> administration.event(person, event.getId()));
        refused(EventAdministration.ONLY_STAFF, () -> oversight.page(person, EventFilter.everything(), 0, 10));
        refused(EventAdministration.ONLY_STAFF, () -> oversight.count(person, EventFilter.everything()));
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
        refused(EventAdministration.CHANGED_MEANWHILE,
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
}
