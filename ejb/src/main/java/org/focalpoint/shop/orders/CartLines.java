package org.focalpoint.shop.orders;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;

import java.util.List;

/** An account's cart lines as stored, read and emptied in the transaction of the cart or the checkout. */
@Dependent
class CartLines {

    @PersistenceContext
    private EntityManager em;

    /** The first added first, with their editions and publications. */
    List<CartLine> of(Account account) {
        return em.createNamedQuery("CartLine.ofAccount", CartLine.class).setParameter("account", account)
                .getResultList();
    }

    /** After the order is placed. */
    void empty(Account account) {
        of(account).forEach(em::remove);
    }
}
