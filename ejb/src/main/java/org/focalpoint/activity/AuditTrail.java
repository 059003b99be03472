package org.focalpoint.activity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.events.Registration;
import org.focalpoint.organizations.Organization;
import org.focalpoint.persistence.Like;
import org.focalpoint.tiesfocalpoint.FocalPointAuthority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the audit trail page by page, filtered and counted in the database. What a person may see
 * is decided here from the signed-in account, never from the page: staff see everything, the TIES
 * Focal Point of an organization (or staff) what was done on its behalf, everyone what concerns them.
 */
@Stateless
public class AuditTrail {

    /**
     * What concerns a person: what they did, and what was done to their account, their affiliations,
     * their TIES access and their registrations (entries name their subject by type and id).
     */
    private static final String CONCERNS = "(e.actor = :me"
            + " or (e.subjectType = :accountType and e.subjectId = :meId)"
            + " or (e.subjectType = :affiliationType and e.subjectId in"
            + " (select a.id from Affiliation a where a.account = :me))"
            + " or (e.subjectType = :tiesType and e.subjectId in"
            + " (select t.id from TiesAccess t where t.affiliation.account = :me))"
            + " or (e.subjectType = :registrationType and e.subjectId in"
            + " (select r.id from Registration r where r.account = :me)))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FocalPointAuthority authority;

    /** One page, newest first; ties broken by id so pages never overlap. */
    public List<AuditLine> page(Account actor, AuditScope scope, AuditFilter filter, int first, int pageSize) {
        Where where = where(actor, scope, filter);
        TypedQuery<Object[]> query = em.createQuery("select e.id, e.occurredAt, e.actorLabel, o.name, e.action,"
                + " e.detail, e.reason from AuditEntry e left join e.onBehalfOf o" + where.jpql
                + " order by e.occurredAt desc, e.id desc", Object[].class);
        return where.bind(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList().stream().map(AuditTrail::line).toList();
    }

    public long count(Account actor, AuditScope scope, AuditFilter filter) {
        Where where = where(actor, scope, filter);
        return where.bind(em.createQuery("select count(e) from AuditEntry e" + where.jpql, Long.class))
                .getSingleResult();
    }

    /**
     * The scopes {@code actor} may pick: their own, each organization they are TIES Focal Point of,
     * the organization asked for by the page if they may act for it (refused otherwise), and
     * everything for staff.
     */
    public List<ScopeChoice> choices(Account actor, Long organizationAsked) {
        Account current = em.find(Account.class, actor.getId());
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(new ScopeChoice(AuditScope.own(), null));
        List<Organization> organizations = new ArrayList<>(em.createNamedQuery("Organization.withTiesFocalPoint",
                Organization.class).setParameter("account", current).getResultList());
        if (organizationAsked != null && organizations.stream().noneMatch(o -> o.getId().equals(organizationAsked))) {
            organizations.add(authority.actFor(current, organizationAsked).organization());
        }
        organizations.sort(Comparator.comparing(Organization::getName, String.CASE_INSENSITIVE_ORDER));
        for (Organization organization : organizations) {
            choices.add(new ScopeChoice(AuditScope.organization(organization.getId()), organization.getName()));
        }
        if (current.isActive() && current.isStaff()) {
            choices.add(new ScopeChoice(AuditScope.everything(), null));
        }
        return choices;
    }

    private Where where(Account actor, AuditScope scope, AuditFilter filter) {
        AuditFilter given = filter == null ? AuditFilter.NONE : filter;
        given.check();
        Where where = new Where();
        Account current = em.find(Account.class, actor.getId());
        switch (scope == null ? AuditScope.Reach.OWN : scope.reach()) {
            case EVERYTHING -> {
                if (current == null || !current.isActive() || !current.isStaff()) {
                    throw new RuleViolation("activity.everything-refused");
                }
            }
            case ORGANIZATION -> where.and("e.onBehalfOf = :organization",
                    "organization", authority.actFor(current, scope.organizationId()).organization());
            case OWN -> {
                where.and(CONCERNS, "me", current);
                where.parameters.put("meId", current.getId());
                where.parameters.put("accountType", Account.class.getSimpleName());
                where.parameters.put("affiliationType", Affiliation.class.getSimpleName());
                where.parameters.put("tiesType", TiesAccess.class.getSimpleName());
                where.parameters.put("registrationType", Registration.class.getSimpleName());
            }
        }
        Instant from = given.days().start();
        if (from != null) {
            where.and("e.occurredAt >= :from", "from", from);
        }
        Instant until = given.days().end();
        if (until != null) {
            where.and("e.occurredAt < :until", "until", until);
        }
        String actorPattern = Like.containing(given.actor());
        if (actorPattern != null) {
            where.and("lower(e.actorLabel) like :actorLabel escape '!'", "actorLabel", actorPattern);
        }
        Set<AuditAction> actions = given.actions();
        if (actions != null) {
            // A group with no action yet matches nothing, and IN () is not SQL
            List<String> names = actions.isEmpty() ? List.of("") : actions.stream().map(Enum::name).toList();
            where.and("e.action in :actions", "actions", names);
        }
        return where;
    }

    private static AuditLine line(Object[] row) {
        return new AuditLine((Long) row[0], (Instant) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6]);
    }

    /** The conditions of one query and the values they need. */
    private static final class Where {
        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();
        private String jpql = "";

        void and(String condition, String parameter, Object value) {
            conditions.append(conditions.length() == 0 ? " where " : " and ").append(condition);
            parameters.put(parameter, value);
            jpql = conditions.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
