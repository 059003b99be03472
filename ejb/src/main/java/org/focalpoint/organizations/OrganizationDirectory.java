package org.focalpoint.organizations;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.organizations.MembershipCategory.Standing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The organizations a person can pick from, e.g. at sign-up. Read-only. */
@Stateless
public class OrganizationDirectory {

    /** Enough to choose from while typing; more would only be scrolled past. */
    public static final int SUGGESTIONS = 20;

    @PersistenceContext
    private EntityManager em;

    /** The active organizations of that standing, by name. */
    public List<Organization> activeByStanding(Standing standing) {
        return em.createNamedQuery("Organization.activeByStanding", Organization.class)
                .setParameter("categories", MembershipCategory.of(standing))
                .getResultList();
    }

    /**
     * Active organizations of that standing whose name contains {@code text}, whatever its case,
     * by name, at most {@link #SUGGESTIONS}. What a person types is matched literally: % and _
     * are not wildcards.
     */
    public List<Organization> suggest(Standing standing, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select o from Organization o where o.active = true and o.category in :categories"
                        + " and lower(o.name) like :pattern escape '!' order by o.name", Organization.class)
                .setParameter("categories", MembershipCategory.of(standing))
                .setParameter("pattern", "%" + escapeLike(needle) + "%")
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    public Optional<Organization> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Organization.class, id));
    }

    /** Active organizations with exactly this name, ignoring case, of any category. */
    public List<Organization> activeNamed(String name) {
        return em.createNamedQuery("Organization.byName", Organization.class)
                .setParameter("name", name.strip())
                .getResultList().stream().filter(Organization::isActive).toList();
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
