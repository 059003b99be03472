package org.focalpoint.shop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.persistence.UniqueConstraints;

import java.time.Clock;
import java.util.List;

/**
 * A signed-in person's wish list: editions they add and remove, kept across visits, each with what
 * changed since it was added. Everyone reads and changes their own list only: an entry of someone
 * else's is treated as one that is not there.
 */
@Stateless
public class WishList {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Adds the edition on offer; an edition already on the list is refused, with its title. */
    public WishListLine add(Account self, long editionId) {
        Account account = em.find(Account.class, self.getId());
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null || edition.isWithdrawn() || edition.getPublication().isWithdrawn()) {
            throw new RuleViolation("shop.edition-not-on-offer");
        }
        if (!em.createNamedQuery("WishListEntry.ofAccountAndEdition", WishListEntry.class)
                .setParameter("account", account).setParameter("edition", edition).getResultList().isEmpty()) {
            throw alreadyThere(edition);
        }
        WishListEntry entry = new WishListEntry(account, edition, clock.instant());
        em.persist(entry);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, WishListEntry.ONCE_PER_EDITION)) {
                // added a moment ago from another window, in a transaction our check could not see yet
                throw alreadyThere(edition);
            }
            throw e;
        }
        return WishListLine.of(entry);
    }

    private static RuleViolation alreadyThere(Edition edition) {
        return new RuleViolation("shop.already-on-wish-list", edition.displayTitle(), edition.getLanguage(),
                edition.getFormat());
    }

    /** Removes one of the person's own entries; returns the title removed. */
    public String remove(Account self, long entryId) {
        WishListEntry entry = em.find(WishListEntry.class, entryId);
        if (entry == null || !entry.getAccount().getId().equals(self.getId())) {
            throw new RuleViolation("shop.not-on-your-wish-list");
        }
        String title = entry.getEdition().displayTitle();
        em.remove(entry);
        return title;
    }

    /** The person's entries, the latest added first. */
    public List<WishListLine> of(Account self) {
        return em.createNamedQuery("WishListEntry.ofAccount", WishListEntry.class)
                .setParameter("account", em.find(Account.class, self.getId()))
                .getResultStream().map(WishListLine::of).toList();
    }

    /** The ids of the editions on the person's list, for pages that mark them. */
    public List<Long> editionIds(Account self) {
        return em.createQuery("select w.edition.id from WishListEntry w where w.account.id = :account", Long.class)
                .setParameter("account", self.getId()).getResultList();
    }
}
