package org.focalpoint.affiliations;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;

import java.util.List;

/** What a person sees of their own affiliations. Read only: decisions belong to the focal points. */
@Stateless
public class MyAffiliations {

    @PersistenceContext
    private EntityManager em;

    /** The affiliations of {@code self}, oldest first, with their TIES access if any was requested. */
    public List<Affiliation> of(Account self) {
        return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", self)
                .getResultList();
    }
}
