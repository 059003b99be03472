package org.focalpoint.optin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.util.Optional;

/** Where a member stands on automatic approval for a sector, as the approval rule reads it. */
@Stateless
public class OptInStandings {

    @PersistenceContext
    private EntityManager em;

    /** Empty when the member never opted in or out for that sector. */
    public Optional<OptInStanding> of(Organization organization, Sector sector) {
        return em.createNamedQuery("OptInSetting.of", OptInSetting.class)
                .setParameter("organization", organization)
                .setParameter("sector", sector)
                .getResultStream().findFirst().map(OptInStanding::of);
    }
}
