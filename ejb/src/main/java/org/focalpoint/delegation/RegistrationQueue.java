package org.focalpoint.delegation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.Like;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Designated Focal Point reads: the registrations waiting for them, and their
 * organization's delegation to each upcoming event. Read page by page in the database.
 */
@Stateless
public class RegistrationQueue {

    /** Registrations that hold a seat: the ones counted as a delegate's "other registrations". */
    static final Set<RegistrationState> LIVE = EnumSet.of(RegistrationState.PENDING_APPROVAL,
            RegistrationState.APPROVED, RegistrationState.AUTO_APPROVED);

    private static final String OF_ORGANIZATION = " from Registration r join r.account p join r.event e"
            + " join r.affiliation a left join a.tiesAccess t"
            + " where a.organization = :organization and e.sector = :sector";

    private static final String WAITING = OF_ORGANIZATION + " and r.state = :pending";

    private static final String UPCOMING = OF_ORGANIZATION + " and e.endsOn >= :today";

    private static final String FILTER = " and (lower(concat(p.givenName, ' ', p.familyName)) like :filter escape '!'"
            + " or p.emailKey like :filter escape '!' or lower(e.title) like :filter escape '!')";

    private static final String LINE = "select r.id, r.version, p.givenName, p.familyName, p.email, e.title,"
            + " e.startsOn, r.registeredAt, t.state, p.id, e.endsOn";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DelegationAuthority authority;

    /** One page of the waiting registrations, ties broken by registration id so pages never overlap. */
    public List<WaitingRegistration> page(Account actor, Long organizationId, Sector sector, String filterText,
                                          RegistrationSort sort, boolean ascending, int first, int pageSize) {
        DecidingFor deciding = authority.decideFor(actor, organizationId, sector);
        String pattern = Like.containing(filterText);
        String jpql = LINE + WAITING + (pattern == null ? "" : FILTER) + " order by " + orderBy(sort, ascending);
        List<Object[]> rows = bindWaiting(em.createQuery(jpql, Object[].class), deciding, pattern)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        Map<Long, Long> live = liveRegistrations(rows.stream().map(row -> (Long) row[9]).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> {
            // the line's own registration is live too if its event has not ended: it is not "other"
            long own = ((LocalDate) row[10]).isBefore(today) ? 0 : 1;
            return new WaitingRegistration((Long) row[0], ((Number) row[1]).longValue(), row[2] + " " + row[3],
                    (String) row[4], (String) row[5], (LocalDate) row[6], (Instant) row[7], (TiesState) row[8],
                    Math.max(0, live.getOrDefault((Long) row[9], 0L) - own));
        }).toList();
    }

    public long count(Account actor, Long organizationId, Sector sector, String filterText) {
        DecidingFor deciding = authority.decideFor(actor, organizationId, sector);
        String pattern = Like.containing(filterText);
        return bindWaiting(em.createQuery("select count(r)" + WAITING + (pattern == null ? "" : FILTER), Long.class),
                deciding, pattern).getSingleResult();
    }

    /** The organization's registrations of every state to the sector's events that have not ended, by event. */
    public List<DelegationLine> delegation(Account actor, Long organizationId, Sector sector, int first, int pageSize) {
        DecidingFor deciding = authority.decideFor(actor, organizationId, sector);
        String jpql = "select r.id, e.title, e.startsOn, e.endsOn, p.givenName, p.familyName, p.email, r.state,"
                + " r.decision.at, d.givenName, d.familyName, r.decision.reason"
                + " from Registration r join r.account p join r.event e join r.affiliation a left join r.decision.by d"
                + " where a.organization = :organization and e.sector = :sector and e.endsOn >= :today"
                + " order by e.startsOn, e.title, e.id, p.familyName, p.givenName, r.id";
        return bindOrganization(em.createQuery(jpql, Object[].class), deciding)
                .setParameter("today", LocalDate.now(clock))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList().stream()
                .map(row -> new DelegationLine((Long) row[0], (String) row[1], (LocalDate) row[2], (LocalDate) row[3],
                        row[4] + " " + row[5], (String) row[6], (RegistrationState) row[7], (Instant) row[8],
                        row[9] == null ? null : row[9] + " " + row[10], (String) row[11]))
                .toList();
    }

    public long delegationCount(Account actor, Long organizationId, Sector sector) {
        DecidingFor deciding = authority.decideFor(actor, organizationId, sector);
        return bindOrganization(em.createQuery("select count(r)" + UPCOMING, Long.class), deciding)
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    /**
     * Every registration waiting on an organization's DFP for a sector, oldest first, without the
     * page's checks: for the digest, which the server sends on its own.
     */
    static List<WaitingRegistration> allWaiting(EntityManager em, Organization organization, Sector sector) {
        return bindWaiting(em.createQuery(LINE + WAITING + " order by r.registeredAt, r.id", Object[].class),
                new DecidingFor(null, organization, sector, false), null).getResultList().stream()
                .map(RegistrationQueue::waiting).toList();
    }

    /**
     * The registrations waiting on an organization's DFP for a sector to events that have not ended,
     * oldest first, without the page's checks: for the nightly follow-up of those waiting too long.
     */
    public static List<WaitingRegistration> waitingForComingEvents(EntityManager em, Organization organization,
                                                                   Sector sector, LocalDate today) {
        return bindWaiting(em.createQuery(LINE + WAITING + " and e.endsOn >= :today order by r.registeredAt, r.id",
                        Object[].class), new DecidingFor(null, organization, sector, false), null)
                .setParameter("today", today).getResultList().stream()
                .map(RegistrationQueue::waiting).toList();
    }

    /** A line of the digest or the follow-up, which do not count the delegate's other registrations. */
    private static WaitingRegistration waiting(Object[] row) {
        return new WaitingRegistration((Long) row[0], ((Number) row[1]).longValue(), row[2] + " " + row[3],
                (String) row[4], (String) row[5], (LocalDate) row[6], (Instant) row[7], (TiesState) row[8], 0);
    }

    private Map<Long, Long> liveRegistrations(List<Long> accountIds) {
        Map<Long, Long> live = new HashMap<>();
        if (accountIds.isEmpty()) {
            return live;
        }
        em.createQuery("select r.account.id, count(r) from Registration r where r.account.id in :accounts"
                        + " and r.event.endsOn >= :today and r.state in :live group by r.account.id", Object[].class)
                .setParameter("accounts", accountIds).setParameter("today", LocalDate.now(clock))
                .setParameter("live", LIVE)
                .getResultList().forEach(row -> live.put((Long) row[0], ((Number) row[1]).longValue()));
        return live;
    }

    private static <T> TypedQuery<T> bindWaiting(TypedQuery<T> query, DecidingFor deciding, String pattern) {
        bindOrganization(query, deciding).setParameter("pending", RegistrationState.PENDING_APPROVAL);
        if (pattern != null) {
            query.setParameter("filter", pattern);
        }
        return query;
    }

    private static <T> TypedQuery<T> bindOrganization(TypedQuery<T> query, DecidingFor deciding) {
        return query.setParameter("organization", deciding.organization()).setParameter("sector", deciding.sector());
    }

    static String orderBy(RegistrationSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        String keys = switch (sort == null ? RegistrationSort.REGISTERED_SINCE : sort) {
            case DELEGATE -> "p.familyName" + direction + ", p.givenName" + direction;
            case EVENT -> "e.startsOn" + direction + ", e.title" + direction;
            case REGISTERED_SINCE -> "r.registeredAt" + direction;
        };
        return keys + ", r.id" + direction;
    }
}
