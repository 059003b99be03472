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

    /*
     * "active" is a parameter, not the literal true: EclipseLink writes that literal as 1 for H2,
     * which H2 2.x refuses to compare with a boolean column. And no parameter may go into a function
     * (locate, like ... escape): for H2 EclipseLink then inlines every parameter, booleans as 1 again.
     */
    private static final String ACTIVE_OF_STANDING =
            "select o from Organization o where o.active = :active and o.category in :categories";

    @PersistenceContext
    private EntityManager em;

    /**
     * Active organizations of that standing whose name contains {@code text}, whatever its case,
     * by name, at most {@link #SUGGESTIONS}. What a person types is matched literally: % and _
     * are no wildcards.
     */
    public List<Organization> suggest(Standing standing, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return em.createQuery(ACTIVE_OF_STANDING + " and lower(o.name) like :pattern order by o.name",
                        Organization.class)
                .setParameter("active", true)
                .setParameter("categories", MembershipCategory.of(standing))
                .setParameter("pattern", "%" + escapeLike(needle) + "%")
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    /** Backslash is the default escape character of like on H2 and PostgreSQL alike. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
}
