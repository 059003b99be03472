package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.Like;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The secretariat's list of events, searched and paged in the database, latest first. */
@Stateless
public class EventOversight {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    public List<Event> page(Account actor, EventFilter filter, int first, int pageSize) {
        secretariat.require(actor, EventAdministration.ONLY_STAFF);
        return query("select e", Event.class, filter, " order by e.startsOn desc, e.id desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    public long count(Account actor, EventFilter filter) {
        secretariat.require(actor, EventAdministration.ONLY_STAFF);
        return query("select count(e)", Long.class, filter, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, EventFilter filter, String order) {
        EventFilter f = filter == null ? EventFilter.everything() : filter;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String title = Like.containing(f.title());
        if (title != null) {
            conditions.add("lower(e.title) like :title escape '!'");
            parameters.put("title", title);
        }
        if (f.sector() != null) {
            conditions.add("e.sector = :sector");
            parameters.put("sector", f.sector());
        }
        if (f.kind() != null) {
            conditions.add("e.kind = :kind");
            parameters.put("kind", f.kind());
        }
        if (f.from() != null) {
            conditions.add("e.endsOn >= :from");
            parameters.put("from", f.from());
        }
        if (f.until() != null) {
            conditions.add("e.startsOn <= :until");
            parameters.put("until", f.until());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + " from Event e" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
