package org.focalpoint.shop.pricing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;

/** The price rules in force, read at once for a cart's or a checkout's {@link Pricing}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PriceRulesReading {

    @PersistenceContext
    private EntityManager em;

    public PriceRules current() {
        return new PriceRules(
                em.createQuery("select d from DiscountRule d where d.active = true order by d.id", DiscountRule.class)
                        .getResultStream().map(DiscountRule::terms).toList(),
                new HashSet<>(em.createQuery("select c.country from LeastDevelopedCountry c", String.class).getResultList()),
                em.find(MinimumOrder.class, MinimumOrder.ONLY).getAmount(),
                em.createQuery("select z from ShippingZone z order by z.id", ShippingZone.class)
                        .getResultStream().map(ShippingZone::terms).toList(),
                em.createQuery("select t from TaxRule t", TaxRule.class).getResultStream().map(TaxRule::terms).toList());
    }
}
