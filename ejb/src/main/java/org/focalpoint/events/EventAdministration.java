package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Secretariat staff create, edit and cancel events. What is stored always makes sense to a delegate:
 * the event ends on or after its start, registration closes after it opens and no later than the end
 * of the event's last day (UTC), and an event held in person says where. A cancelled event stays, as
 * do its registrations, cancelled with it; it can no longer be edited. Every change is audited.
 */
@Stateless
public class EventAdministration {

    static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("events.only-staff");
    private static final Supplier<RuleViolation> CHANGED_MEANWHILE =
            () -> new RuleViolation("events.event-changed-meanwhile");
    static final int TITLE_LENGTH = 300;
    static final int PLACE_LENGTH = 200;
    static final int REASON_LENGTH = 1000;
    static final String CANCELLED_BASIS = "Event cancelled by the ITU secretariat";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

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
        secretariat.require(actor, ONLY_STAFF);
        return existing(eventId);
    }

    public Event create(Account actor, EventData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
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
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Event event = existing(eventId);
        EventData clean = checked(data);
        if (event.getVersion() != seenVersion) {
            throw new RuleViolation("events.event-changed-meanwhile");
        }
        if (event.isCancelled()) {
            throw new RuleViolation("events.cancelled-no-change", event.getTitle(), cancelledOn(event));
        }
        String before = describe(event);
        event.reschedule(clean.sector(), clean.kind(), clean.title(), clean.startsOn(), clean.endsOn(),
                clean.registrationOpens(), clean.registrationCloses());
        hold(event, clean);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.EVENT_EDITED, Event.class, event.getId(),
                "was: " + before + "; now: " + describe(event), null);
    }

    /**
     * Cancels the event as staff saw it ({@code seenVersion}): in the same transaction every standing
     * registration is cancelled with the reason, each audited, and after commit each delegate is
     * mailed. Returns how many registrations were cancelled.
     */
    public int cancel(Account actor, Long eventId, long seenVersion, String reason) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Event event = existing(eventId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("events.cancelling-reason-required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation("decisions.reason-too-long", String.valueOf(REASON_LENGTH));
        }
        if (event.getVersion() != seenVersion) {
            throw new RuleViolation("events.event-changed-meanwhile");
        }
        if (event.isCancelled()) {
            throw new RuleViolation("events.already-cancelled", event.getTitle(), cancelledOn(event));
        }
        if (event.getEndsOn().isBefore(Registrations.today())) {
            throw new RuleViolation("events.ended-not-cancellable", event.getTitle(), event.getEndsOn().toString());
        }
        event.cancel(why, clock.instant());
        // Registrations.register locks the event row: one made meanwhile is committed before this
        // update goes through, so the query below sees it; one made after sees the cancellation.
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
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
        // a DFP decided, or a delegate withdrew, one of them between our read and our write
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        return standing.size();
    }

    /** The day in ISO form (2026-03-02), as these refusals have always written it. */
    private static String cancelledOn(Event event) {
        return event.getCancelledAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
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
            throw new RuleViolation("events.no-such-event");
        }
        return event;
    }

    /** The data stripped and checked, or the first problem a person can fix. */
    static EventData checked(EventData data) {
        if (data.sector() == null) {
            throw new RuleViolation("events.choose-sector");
        }
        if (data.kind() == null) {
            throw new RuleViolation("events.choose-kind");
        }
        String title = data.title() == null ? "" : data.title().strip();
        if (title.isEmpty()) {
            throw new RuleViolation("events.enter-title");
        }
        if (title.length() > TITLE_LENGTH) {
            throw new RuleViolation("events.title-too-long", String.valueOf(TITLE_LENGTH));
        }
        if (data.startsOn() == null || data.endsOn() == null) {
            throw new RuleViolation("events.enter-days");
        }
        if (data.endsOn().isBefore(data.startsOn())) {
            throw new RuleViolation("events.ends-before-start");
        }
        String place = data.place() == null || data.place().isBlank() ? null : data.place().strip();
        if (!data.virtual() && place == null) {
            throw new RuleViolation("events.enter-place");
        }
        if (!data.virtual() && place.length() > PLACE_LENGTH) {
            throw new RuleViolation("events.place-too-long", String.valueOf(PLACE_LENGTH));
        }
        if (data.registrationOpens() == null || data.registrationCloses() == null) {
            throw new RuleViolation("events.enter-registration-period");
        }
        if (!data.registrationCloses().isAfter(data.registrationOpens())) {
            throw new RuleViolation("events.registration-closes-before-opening");
        }
        Instant eventOver = data.endsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (data.registrationCloses().isAfter(eventOver)) {
            throw new RuleViolation("events.registration-closes-after-end", data.endsOn().toString());
        }
        return new EventData(data.sector(), data.kind(), title, data.startsOn(), data.endsOn(),
                data.virtual() ? null : place, data.virtual(), data.registrationOpens(), data.registrationCloses(),
                data.kind().isStatutory() || data.approvalRequired());
    }

    private static String describe(Event e) {
        return e.getTitle() + ", " + e.getSector().label(Words.ENGLISH) + ", " + e.getKind().label(Words.ENGLISH) + ", " + e.getStartsOn()
                + " to " + e.getEndsOn() + ", " + (e.isVirtual() ? "virtual" : e.getPlace())
                + ", registration " + e.getRegistrationOpens() + " to " + e.getRegistrationCloses()
                + (e.isApprovalRequired() ? ", approval required" : ", confirmed at once");
    }
}
