package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.organizations.Organization;
import org.focalpoint.persistence.Like;

import java.time.Instant;
import java.util.List;

/**
 * The requests waiting on an organization's focal point: affiliations still requested and TIES
 * requests of affiliations requested or approved, one line per affiliation. Read page by page in
 * the database: an organization may have thousands of contacts.
 */
@Stateless
public class RequestQueue {

    private static final String FROM = " from Affiliation a join a.account p left join a.tiesAccess t"
            + " where a.organization = :organization and " + PendingRequests.where("a", "t");

    private static final String LINE = "select a.id, a.version, p.givenName, p.familyName, p.email, a.state, t.state,"
            + " a.requestedAt, t.requestedAt, ";

    private static final String FILTER = " and (lower(concat(p.givenName, ' ', p.familyName)) like :filter escape '!'"
            + " or p.emailKey like :filter escape '!')";

    /** A TIES-only request waits since it was asked, not since the person joined. */
    private static final String SINCE = "case when a.state = :requested then a.requestedAt else t.requestedAt end";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FocalPointAuthority authority;

    /** One page of the queue, sorted as asked, ties broken by request id so pages never overlap. */
    public List<PendingRequest> page(Account actor, Long organizationId, String filterText, SortKey sort,
                                     boolean ascending, int first, int pageSize) {
        Organization organization = authority.actFor(actor, organizationId).organization();
        String pattern = Like.containing(filterText);
        String jpql = LINE + SINCE + " as since" + FROM + (pattern == null ? "" : FILTER)
                + " order by " + orderBy(sort, ascending);
        TypedQuery<Object[]> query = bind(em.createQuery(jpql, Object[].class), organization, pattern);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList().stream().map(RequestQueue::line).toList();
    }

    public long count(Account actor, Long organizationId, String filterText) {
        Organization organization = authority.actFor(actor, organizationId).organization();
        String pattern = Like.containing(filterText);
        String jpql = "select count(a)" + FROM + (pattern == null ? "" : FILTER);
        return bind(em.createQuery(jpql, Long.class), organization, pattern).getSingleResult();
    }

    /**
     * Every request waiting on the organization, oldest first, without the page's checks: for the
     * digest and the nightly follow-up, which the server runs on its own.
     */
    public static List<PendingRequest> allPending(EntityManager em, Organization organization) {
        String jpql = LINE + SINCE + " as since" + FROM + " order by since, a.id";
        return bind(em.createQuery(jpql, Object[].class), organization, null)
                .getResultList().stream().map(RequestQueue::line).toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Organization organization, String pattern) {
        PendingRequests.bind(query.setParameter("organization", organization));
        if (pattern != null) {
            query.setParameter("filter", pattern);
        }
        return query;
    }

    /** The sort column is read back as the attributes, which keep their Instant conversion; CASE does not. */
    private static PendingRequest line(Object[] row) {
        boolean affiliationRequested = row[5] == AffiliationState.REQUESTED;
        boolean tiesRequested = row[6] == TiesState.REQUESTED;
        Instant since = (Instant) (affiliationRequested ? row[7] : row[8]);
        return new PendingRequest((Long) row[0], ((Number) row[1]).longValue(), row[2] + " " + row[3],
                (String) row[4], PendingRequest.Asked.of(affiliationRequested, tiesRequested), since);
    }

    static String orderBy(SortKey sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        String keys = switch (sort == null ? SortKey.REQUESTED_SINCE : sort) {
            case NAME -> "p.familyName" + direction + ", p.givenName" + direction;
            case EMAIL -> "p.emailKey" + direction;
            case REQUESTED_SINCE -> "since" + direction;
        };
        return keys + ", a.id" + direction;
    }
}
