package org.focalpoint.shop.pricing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.time.TimeZones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Promotional codes as buyers use them: found as typed, counted when an order is placed, given
 * back when it is cancelled. Counting locks the code's row, so that of many orders placed at once
 * for its last uses exactly as many are counted as it has left; the others are refused.
 */
@Stateless
public class PromoCodes {

    @PersistenceContext
    private EntityManager em;

    /** The code typed, in any case; empty when there is none such. */
    public Optional<PromoCode> find(String typed) {
        String code = PromoCode.normalized(typed);
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("PromoCode.byCode", PromoCode.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The code typed with its terms and usage so far, by everyone and by {@code account} (null for a visitor), for {@link Pricing}. */
    public PromoEntry entry(String typed, Account account) {
        return find(typed).map(code -> new PromoEntry(typed, code.terms(), usage(code, account)))
                .orElseGet(() -> PromoEntry.unknown(typed));
    }

    /**
     * Counts a use of the code typed by the order {@code orderId} of {@code account}, in the
     * order's transaction: the code's limits of days and uses are checked again under the lock and
     * a refusal is thrown with the calculation's words. What the code is for and its minimum order
     * are the order's lines, which the checkout prices with {@link Pricing} in the same transaction.
     */
    public PromoCodeUse claim(String typed, Account account, Long orderId, Instant now) {
        PromoCode code = find(typed).orElseThrow(() -> PromoRefusal.UNKNOWN.violation(null, typed));
        // read again under the lock: the checkout may have read it before, and others count meanwhile
        em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
        PromoTerms terms = code.terms();
        Optional<PromoRefusal> refusal = terms.refusal(LocalDate.ofInstant(now, TimeZones.DEFAULT), usage(code, account));
        if (refusal.isPresent()) {
            throw refusal.get().violation(terms, typed);
        }
        code.count();
        PromoCodeUse use = new PromoCodeUse(code, account, orderId, now);
        em.persist(use);
        em.flush();
        return use;
    }

    /** The use counted for the order, given back when it is cancelled; false when it had none. */
    public boolean giveBack(Long orderId, Instant now) {
        Optional<PromoCodeUse> counted = em.createNamedQuery("PromoCodeUse.countedForOrder", PromoCodeUse.class)
                .setParameter("order", orderId).getResultStream().findFirst();
        if (counted.isEmpty()) {
            return false;
        }
        PromoCodeUse use = counted.get();
        PromoCode code = use.getPromoCode();
        em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
        // a cancellation at the same moment may have given it back while we waited for the lock
        em.refresh(use);
        if (use.getGivenBackAt() != null) {
            return false;
        }
        use.giveBack(now);
        code.giveBack();
        em.flush();
        return true;
    }

    private PromoUsage usage(PromoCode code, Account account) {
        long byAccount = account == null || account.getId() == null ? 0
                : em.createNamedQuery("PromoCodeUse.countedByAccount", Long.class).setParameter("code", code)
                .setParameter("account", em.getReference(Account.class, account.getId())).getSingleResult();
        return new PromoUsage(code.getUsesCounted(), byAccount);
    }
}
