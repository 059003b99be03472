package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.persistence.Like;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upcoming events (not ended yet), searched and paged in the database, each with what the
 * signed-in person can do about it: register on behalf of which affiliation, or why not. Cancelled
 * events are listed too, marked, so that a delegate who registered finds out why.
 */
@Stateless
public class EventCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One page, the soonest first, ties broken by id so that pages never overlap. */
    public List<EventOffer> page(Account self, EventSearch search, int first, int pageSize) {
        LocalDate today = Registrations.today();
        List<Event> events = bind(em.createQuery("select e" + from(search) + " order by e.startsOn, e.id", Event.class),
                search, today)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        return offers(em.find(Account.class, self.getId()), events);
    }

    public long count(EventSearch search) {
        return bind(em.createQuery("select count(e)" + from(search), Long.class), search, Registrations.today())
                .getSingleResult();
    }

    private List<EventOffer> offers(Account self, List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Registration> registered = em.createQuery("select r from Registration r where r.account = :account"
                        + " and r.event.id in :events", Registration.class)
                .setParameter("account", self).setParameter("events", events.stream().map(Event::getId).toList())
                .getResultStream().collect(Collectors.toMap(r -> r.getEvent().getId(), Function.identity()));
        List<Affiliation> approved = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", self).getResultStream()
                .filter(a -> a.getState() == AffiliationState.APPROVED).toList();
        RegistrationFacts facts = new RegistrationFacts(em);
        Instant now = clock.instant();
        List<EventOffer> offers = new ArrayList<>();
        for (Event event : events) {
            Registration registration = registered.get(event.getId());
            RegistrationState state = registration == null ? null : registration.getState();
            List<EventOffer.Choice> choices = new ArrayList<>();
            Set<String> refusals = new LinkedHashSet<>();
            for (Affiliation affiliation : approved) {
                Optional<String> refusal = facts.refusal(self, affiliation, event, state, now);
                refusal.ifPresent(refusals::add);
                choices.add(new EventOffer.Choice(affiliation.getId(), affiliation.getOrganization().getName(),
                        refusal.isEmpty()));
            }
            String whyNot = choices.stream().anyMatch(EventOffer.Choice::qualifies) ? null
                    : refusals.isEmpty() ? RegistrationEligibility.NO_AFFILIATION : String.join(" ", refusals);
            offers.add(new EventOffer(event.getId(), event.getTitle(), event.getSector(), event.getKind(),
                    event.getStartsOn(), event.getEndsOn(), event.getPlace(), event.isVirtual(),
                    event.getRegistrationOpens(), event.getRegistrationCloses(), event.isCancelled(),
                    state, choices, whyNot));
        }
        return offers;
    }

    private static String from(EventSearch search) {
        StringBuilder jpql = new StringBuilder(" from Event e where e.endsOn >= :today");
        if (search.sector() != null) {
            jpql.append(" and e.sector = :sector");
        }
        if (search.kind() != null) {
            jpql.append(" and e.kind = :kind");
        }
        // an event lasting several days is found by any day of it
        if (search.from() != null) {
            jpql.append(" and e.endsOn >= :fromDay");
        }
        if (search.to() != null) {
            jpql.append(" and e.startsOn <= :toDay");
        }
        if (Like.containing(search.text()) != null) {
            jpql.append(" and (lower(e.title) like :text escape '!' or lower(e.place) like :text escape '!')");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, EventSearch search, LocalDate today) {
        query.setParameter("today", today);
        if (search.sector() != null) {
            query.setParameter("sector", search.sector());
        }
        if (search.kind() != null) {
            query.setParameter("kind", search.kind());
        }
        if (search.from() != null) {
            query.setParameter("fromDay", search.from());
        }
        if (search.to() != null) {
            query.setParameter("toDay", search.to());
        }
        String text = Like.containing(search.text());
        if (text != null) {
            query.setParameter("text", text);
        }
        return query;
    }
}
