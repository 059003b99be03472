package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.csv.Csv;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.Like;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.time.Instant;
import java.util.List;

/**
 * The secretariat's list of an event's registrations, filtered and paged in the database, and the
 * same list, every row of it, as a CSV file for a spreadsheet.
 */
@Stateless
public class EventRegistrations {

    static final List<String> CSV_COLUMNS = List.of("Given name", "Family name", "E-mail", "Country", "Organization",
            "Organization country", "State", "Basis", "Registered at (UTC)", "Decided by", "Decided at (UTC)",
            "Reason");


    private static final String LINE = "select r.id, p.givenName, p.familyName, p.email, p.country, o.name, o.country,"
            + " r.state, r.basis, r.registeredAt, d.givenName, d.familyName, r.decision.at, r.decision.reason";

    private static final String FROM = " from Registration r join r.account p join r.affiliation a"
            + " join a.organization o left join r.decision.by d where r.event = :event";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    public List<RegistrationLine> page(Account actor, Long eventId, RegistrationFilter filter, int first, int pageSize) {
        Event event = staffEvent(actor, eventId);
        return lines(event, filter).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList().stream().map(EventRegistrations::line).toList();
    }

    public long count(Account actor, Long eventId, RegistrationFilter filter) {
        Event event = staffEvent(actor, eventId);
        return query("select count(r)", Long.class, event, filter, "").getSingleResult();
    }

    /** Every registration the filter matches, not one page: what staff asked to export. */
    public byte[] csv(Account actor, Long eventId, RegistrationFilter filter) {
        Event event = staffEvent(actor, eventId);
        Csv csv = new Csv().row(CSV_COLUMNS);
        lines(event, filter).getResultStream().map(EventRegistrations::line).forEach(l -> csv.row(
                l.givenName(), l.familyName(), l.email(), l.country(), l.organization(), l.organizationCountry(),
                l.state().label(Words.ENGLISH), l.basis(), when(l.registeredAt()), l.decidedBy(), when(l.decidedAt()), l.reason()));
        return csv.bytes();
    }

    private Event staffEvent(Account actor, Long eventId) {
        secretariat.require(actor, EventAdministration.ONLY_STAFF);
        Event event = eventId == null ? null : em.find(Event.class, eventId);
        if (event == null) {
            throw new RuleViolation("events.no-such-event");
        }
        return event;
    }

    private TypedQuery<Object[]> lines(Event event, RegistrationFilter filter) {
        return query(LINE, Object[].class, event, filter, " order by lower(p.familyName), lower(p.givenName), r.id");
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, Event event, RegistrationFilter filter, String order) {
        RegistrationFilter f = filter == null ? RegistrationFilter.everything() : filter;
        String organization = Like.containing(f.organization());
        String delegate = Like.containing(f.delegate());
        String jpql = select + FROM
                + (f.state() == null ? "" : " and r.state = :state")
                + (organization == null ? "" : " and lower(o.name) like :organization escape '!'")
                + (delegate == null ? "" : " and (lower(concat(p.givenName, ' ', p.familyName)) like :delegate escape '!'"
                + " or p.emailKey like :delegate escape '!')")
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("event", event);
        if (f.state() != null) {
            query.setParameter("state", f.state());
        }
        if (organization != null) {
            query.setParameter("organization", organization);
        }
        if (delegate != null) {
            query.setParameter("delegate", delegate);
        }
        return query;
    }

    private static RegistrationLine line(Object[] r) {
        String decidedBy = r[10] == null ? null : r[10] + " " + r[11];
        return new RegistrationLine((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (RegistrationState) r[7], (String) r[8], (Instant) r[9], decidedBy,
                (Instant) r[12], (String) r[13]);
    }

    private static String when(Instant instant) {
        return instant == null ? null : Dates.ENGLISH.stamp(instant);
    }
}
