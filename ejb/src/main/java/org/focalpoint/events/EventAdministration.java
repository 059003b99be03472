package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.SecretariatStaff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Secretariat staff create, edit and cancel events. What is stored always makes sense to a delegate:
 * the event ends on or after its start, registration closes after it opens and no later than the end
 * of the event's last day (UTC), and an event held in person says where. A cancelled event stays, as
 * do its registrations, cancelled with it; it can no longer be edited. Every change is audited.
 */
@Stateless
public class EventAdministration {

    public static final String ONLY_STAFF = "Only secretariat staff can manage events.";
    public static final String CHANGED_MEANWHILE =
            "Someone else changed this event in the meantime. Please look at it again and repeat your change.";
    static final int TITLE_LENGTH = 300;
    static final int PLACE_LENGTH = 200;
    static final int REASON_LENGTH = 1000;
    static final String CANCELLED_BASIS = "Event cancelled by the ITU secretariat";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** The event as stored, for the edit page; staff only. */
    public Event event(Account actor, Long eventId) {
        SecretariatStaff.require(em, actor, ONLY_STAFF);
        return existing(eventId);
    }

    public Event create(Account actor, EventData data) {
        Account staff = SecretariatStaff.require(em, actor, ONLY_STAFF);
        EventData clean = checked(data);
        Event event = new Event(clean.sector(), clean.kind(), clean.title(), clean.startsOn(), clean.endsOn(),
                clean.registrationOpens(), clean.registrationCloses(), clock.instant());
        hold(event, clean);
        em.persist(event);
        em.flush();
        audit.record(staff, null, AuditAction.EVENT_CREATED, Event.class, event.getId(), describe(event), null);
        return event;
    }

    /** Saves what staff changed on the version they read. */
    public void edit(Account actor, Long eventId, long seenVersion, EventData data) {
        Account staff = SecretariatStaff.require(em, actor, ONLY_STAFF);
        Event event = existing(eventId);
        EventData clean = checked(data);
        if (event.getVersion() != seenVersion) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        if (event.isCancelled()) {
            throw new RuleViolation(cancelledAlready(event) + " It can no longer be changed.");
        }
        String before = describe(event);
        event.reschedule(clean.sector(), clean.kind(), clean.title(), clean.startsOn(), clean.endsOn(),
                clean.registrationOpens(), clean.registrationCloses());
        hold(event, clean);
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        audit.record(staff, null, AuditAction.EVENT_EDITED, Event.class, event.getId(),
                "was: " + before + "; now: " + describe(event), null);
    }

    /**
     * Cancels the event as staff saw it ({@code seenVersion}): in the same transaction every standing
     * registration is cancelled with the reason, each audited, and after commit each delegate is
     * mailed. Returns how many registrations were cancelled.
     */
    public int cancel(Account actor, Long eventId, long seenVersion, String reason) {
        Account staff = SecretariatStaff.require(em, actor, ONLY_STAFF);
        Event event = existing(eventId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("Please give a reason for cancelling: every registered delegate will read it.");
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation("Please keep the reason under " + REASON_LENGTH + " characters.");
        }
        if (event.getVersion() != seenVersion) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        if (event.isCancelled()) {
            throw new RuleViolation(cancelledAlready(event));
        }
        if (event.getEndsOn().isBefore(Registrations.today())) {
            throw new RuleViolation(event.getTitle() + " has ended (" + event.getEndsOn()
                    + "): an event that took place cannot be cancelled.");
        }
        event.cancel(why, clock.instant());
        try {
            // Registrations.register locks the event row: one made meanwhile is committed before this
            // update goes through, so the query below sees it; one made after sees the cancellation.
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        audit.record(staff, null, AuditAction.EVENT_CANCELLED, Event.class, event.getId(), describe(event), why);
        List<Registration> standing = em.createNamedQuery("Registration.toEvent", Registration.class)
                .setParameter("event", event).getResultStream().filter(r -> r.getState().isStanding()).toList();
        String events = links.page("events.xhtml");
        for (Registration registration : standing) {
            Account delegate = registration.getAccount();
            Organization organization = registration.getAffiliation().getOrganization();
            registration.decide(RegistrationState.CANCELLED, CANCELLED_BASIS, staff, why, clock.instant());
            audit.record(staff, organization, AuditAction.REGISTRATION_CANCELLED, Registration.class,
                    registration.getId(), delegate.getFullName() + " <" + delegate.getEmail() + ">, "
                            + event.getTitle() + ", on behalf of " + organization.getName(), why);
            mailer.send(RegistrationMail.cancelled(registration, "The ITU secretariat cancelled the event. " + why,
                    events));
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            // a DFP decided, or a delegate withdrew, one of them between our read and our write
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        return standing.size();
    }

    private static String cancelledAlready(Event event) {
        return event.getTitle() + " was already cancelled on " + event.getCancelledAt().atZone(ZoneOffset.UTC)
                .toLocalDate() + ".";
    }

    private static void hold(Event event, EventData clean) {
        if (clean.virtual()) {
            event.holdVirtually();
        } else {
            event.holdAt(clean.place());
        }
        event.setApprovalRequired(clean.approvalRequired());
    }

    private Event existing(Long eventId) {
        Event event = eventId == null ? null : em.find(Event.class, eventId);
        if (event == null) {
            throw new RuleViolation("This event does not exist.");
        }
        return event;
    }

    /** The data stripped and checked, or the first problem a person can fix. */
    static EventData checked(EventData data) {
        if (data.sector() == null) {
            throw new RuleViolation("Please choose the sector of the event.");
        }
        if (data.kind() == null) {
            throw new RuleViolation("Please choose the kind of event.");
        }
        String title = data.title() == null ? "" : data.title().strip();
        if (title.isEmpty()) {
            throw new RuleViolation("Please enter the title of the event.");
        }
        if (title.length() > TITLE_LENGTH) {
            throw new RuleViolation("The title can be at most " + TITLE_LENGTH + " characters long.");
        }
        if (data.startsOn() == null || data.endsOn() == null) {
            throw new RuleViolation("Please enter the first and the last day of the event.");
        }
        if (data.endsOn().isBefore(data.startsOn())) {
            throw new RuleViolation("The event cannot end before it starts.");
        }
        String place = data.place() == null || data.place().isBlank() ? null : data.place().strip();
        if (!data.virtual() && place == null) {
            throw new RuleViolation("Please enter where the event takes place, or mark it as virtual.");
        }
        if (!data.virtual() && place.length() > PLACE_LENGTH) {
            throw new RuleViolation("The place can be at most " + PLACE_LENGTH + " characters long.");
        }
        if (data.registrationOpens() == null || data.registrationCloses() == null) {
            throw new RuleViolation("Please enter when registration opens and when it closes.");
        }
        if (!data.registrationCloses().isAfter(data.registrationOpens())) {
            throw new RuleViolation("Registration must close after it opens.");
        }
        Instant eventOver = data.endsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (data.registrationCloses().isAfter(eventOver)) {
            throw new RuleViolation("Registration must close by the end of the event (" + data.endsOn() + ").");
        }
        return new EventData(data.sector(), data.kind(), title, data.startsOn(), data.endsOn(),
                data.virtual() ? null : place, data.virtual(), data.registrationOpens(), data.registrationCloses(),
                data.kind().isStatutory() || data.approvalRequired());
    }

    private static String describe(Event e) {
        return e.getTitle() + ", " + e.getSector().label() + ", " + e.getKind().label() + ", " + e.getStartsOn()
                + " to " + e.getEndsOn() + ", " + (e.isVirtual() ? "virtual" : e.getPlace())
                + ", registration " + e.getRegistrationOpens() + " to " + e.getRegistrationCloses()
                + (e.isApprovalRequired() ? ", approval required" : ", confirmed at once");
    }
}
