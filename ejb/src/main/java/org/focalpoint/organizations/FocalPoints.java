package org.focalpoint.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks for a member as one of its focal points, whatever the role: its TIES Focal Point or
 * any of its Designated Focal Points. What each role may do is decided by that role's authority
 * ({@code tiesfocalpoint.FocalPointAuthority}, {@code delegation.DelegationAuthority}); this is for
 * what any focal point of the member may do (read its opt-in standing, ask the Director by mail).
 */
@ApplicationScoped
public class FocalPoints {

    private static final String OF_ORGANIZATION = "(o.tiesFocalPoint = :account or exists"
            + " (select d from DesignatedFocalPoint d where d.organization = o and d.account = :account))";

    @PersistenceContext
    private EntityManager em;

    public boolean isFocalPointOf(Account account, Organization organization) {
        return em.createQuery("select count(o) from Organization o where o = :organization and " + OF_ORGANIZATION,
                        Long.class)
                .setParameter("organization", organization).setParameter("account", account)
                .getSingleResult() > 0;
    }

    /** The lowest id of the organizations {@code account} is a focal point of. */
    public Optional<Long> firstOrganizationOf(Account account) {
        return em.createQuery("select o.id from Organization o where " + OF_ORGANIZATION + " order by o.id", Long.class)
                .setParameter("account", account).setMaxResults(1).getResultStream().findFirst();
    }

    /** For each of those e-mail keys that belongs to a focal point, the organizations it is focal point of. */
    public Map<String, Set<Long>> organizationsOf(Collection<String> emailKeys) {
        Map<String, Set<Long>> organizations = new HashMap<>();
        if (emailKeys.isEmpty()) {
            return organizations;
        }
        em.createQuery("select o.tiesFocalPoint.emailKey, o.id from Organization o"
                        + " where o.tiesFocalPoint.emailKey in :keys", Object[].class)
                .setParameter("keys", emailKeys).getResultStream()
                .forEach(row -> add(organizations, row));
        em.createQuery("select d.account.emailKey, d.organization.id from DesignatedFocalPoint d"
                        + " where d.account.emailKey in :keys", Object[].class)
                .setParameter("keys", emailKeys).getResultStream()
                .forEach(row -> add(organizations, row));
        return organizations;
    }

    private static void add(Map<String, Set<Long>> organizations, Object[] keyAndOrganization) {
        organizations.computeIfAbsent((String) keyAndOrganization[0], key -> new HashSet<>())
                .add((Long) keyAndOrganization[1]);
    }
}
