package org.focalpoint.organizations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The secretariat's view over all organizations: find by name and category, those ITU Members that
 * have no TIES Focal Point, and those whose requests wait too long. Filtered and paged in the
 * database. A pending request is what a focal point's queue shows (see tiesfocalpoint.RequestQueue):
 * an affiliation still requested, or the TIES request of an approved affiliation.
 */
@Stateless
public class OrganizationOversight {

    public static final int DEFAULT_WAITING_DAYS = 7;
    static final int MAX_WAITING_DAYS = 3650;

    private static final String PENDING_SINCE_BEFORE = "exists (select a from Affiliation a left join a.tiesAccess t"
            + " where a.organization = o and ((a.state = :requested and a.requestedAt < :cutoff)"
            + " or (a.state = :approved and t.state = :tiesRequested and t.requestedAt < :cutoff)))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    public List<OverseenOrganization> page(Account actor, OversightFilter filter, int first, int pageSize) {
        secretariat.require(actor);
        List<Object[]> rows = query("select o.id, o.name, o.country, o.category, o.active, f.givenName, f.familyName",
                Object[].class, filter, " order by lower(o.name), o.id")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Waiting> waiting = waiting(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> {
            Waiting w = waiting.getOrDefault((Long) r[0], Waiting.NONE);
            return new OverseenOrganization((Long) r[0], (String) r[1], (String) r[2], (MembershipCategory) r[3],
                    (Boolean) r[4], r[5] == null ? null : r[5] + " " + r[6], w.count(), w.since());
        }).toList();
    }

    public long count(Account actor, OversightFilter filter) {
        secretariat.require(actor);
        return query("select count(o)", Long.class, filter, "").getSingleResult();
    }

    /*
     * The name is matched with like without an escape clause and the flags are parameters, not
     * literals: see OrganizationDirectory for what EclipseLink does to booleans on H2 otherwise.
     */
    private <T> TypedQuery<T> query(String select, Class<T> type, OversightFilter filter, String order) {
        OversightFilter f = filter == null ? OversightFilter.everything() : filter;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (f.name() != null && !f.name().isBlank()) {
            conditions.add("lower(o.name) like :name");
            parameters.put("name", "%" + OrganizationDirectory.escapeLike(f.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.category() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", f.category());
        }
        if (f.withoutTiesFocalPoint()) {
            // "f is null" on the outer join: "o.tiesFocalPoint is null" makes EclipseLink join the account inner
            conditions.add("o.active = :active and o.category in :members and f is null");
            parameters.put("active", true);
            parameters.put("members", MembershipCategory.of(MembershipCategory.Standing.ITU_MEMBER));
        }
        if (f.waitingDays() != null) {
            conditions.add(PENDING_SINCE_BEFORE);
            parameters.put("cutoff", cutoff(f.waitingDays(), clock.instant()));
            parameters.put("requested", AffiliationState.REQUESTED);
            parameters.put("approved", AffiliationState.APPROVED);
            parameters.put("tiesRequested", TiesState.REQUESTED);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + " from Organization o left join o.tiesFocalPoint f" + where + order,
                type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Requests asked before this instant have waited longer than {@code days}. */
    static Instant cutoff(int days, Instant now) {
        if (days < 0 || days > MAX_WAITING_DAYS) {
            throw new RuleViolation("organizations.days-out-of-range", String.valueOf(MAX_WAITING_DAYS));
        }
        return now.minus(Duration.ofDays(days));
    }

    private record Waiting(long count, Instant since) {
        static final Waiting NONE = new Waiting(0, null);

        Waiting plus(long more, Instant from) {
            Instant oldest = since == null || (from != null && from.isBefore(since)) ? from : since;
            return new Waiting(count + more, oldest);
        }
    }

    /**
     * Pending requests of the organizations of one page: requested affiliations, then TIES-only
     * requests. In SQL because EclipseLink hands min() of a converted column to the converter as a
     * Timestamp; the ids are our own Longs, written into the statement as numbers.
     */
    private Map<Long, Waiting> waiting(List<Long> organizationIds) {
        String ids = organizationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Waiting> result = new HashMap<>();
        List<?> requested = em.createNativeQuery("select a.organization_id, count(*), min(a.requested_at)"
                + " from affiliation a where a.organization_id in (" + ids + ") and a.state = 'REQUESTED'"
                + " group by a.organization_id").getResultList();
        List<?> tiesOnly = em.createNativeQuery("select a.organization_id, count(*), min(t.requested_at)"
                + " from affiliation a join ties_access t on t.affiliation_id = a.id"
                + " where a.organization_id in (" + ids + ") and a.state = 'APPROVED' and t.state = 'REQUESTED'"
                + " group by a.organization_id").getResultList();
        for (List<?> rows : List.of(requested, tiesOnly)) {
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                result.merge(((Number) r[0]).longValue(),
                        Waiting.NONE.plus(((Number) r[1]).longValue(), instant(r[2])),
                        (a, b) -> a.plus(b.count(), b.since()));
            }
        }
        return result;
    }

    /** The stored UTC wall time, as the JDBC driver returns it. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp stored) {
            return stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException(value.getClass().getName());
    }
}
