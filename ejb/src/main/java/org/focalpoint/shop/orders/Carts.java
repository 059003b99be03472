package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.persistence.UniqueConstraints;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed-in reader's cart, kept across visits: editions added with a quantity (one licence of a
 * PDF), changed, removed; always read at today's prices. A visitor's cart lives in the visit and is
 * merged into the account's at sign-in. Everyone reads and changes their own cart only.
 */
@Stateless
public class Carts {

    /** More lines than this are not an order a person places through a shop's cart. */
    static final int MOST_LINES = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CartLines lines;

    /** Adds the edition, or as many more copies of one already there; returns the line as it now is. */
    public CartItem add(Account self, Long editionId, int quantity) {
        Account account = em.find(Account.class, self.getId());
        Edition edition = orderable(editionId);
        CartLine line = line(account, edition);
        if (line != null) {
            line.quantity(Quantities.checked(edition.getFormat(), more(line, quantity)));
            return CartItem.of(line);
        }
        if (count(account) >= MOST_LINES) {
            throw new RuleViolation("shop.orders.cart-full", MOST_LINES);
        }
        line = new CartLine(account, edition, Quantities.checked(edition.getFormat(), quantity), clock.instant());
        em.persist(line);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, CartLine.ONCE_PER_EDITION)) {
                // added a moment ago from another window
                throw new RuleViolation("shop.orders.already-in-cart", edition.displayTitle());
            }
            throw e;
        }
        return CartItem.of(line);
    }

    /** A PDF licence is one: adding it again changes nothing and says so. */
    private static int more(CartLine line, int quantity) {
        if (line.getEdition().getFormat() == EditionFormat.PDF) {
            throw new RuleViolation("shop.orders.already-in-cart", line.getEdition().displayTitle());
        }
        Quantities.checked(line.getEdition().getFormat(), quantity);
        return line.getQuantity() + quantity;
    }

    public CartItem change(Account self, Long editionId, int quantity) {
        CartLine line = own(self, editionId);
        line.quantity(Quantities.checked(line.getEdition().getFormat(), quantity));
        return CartItem.of(line);
    }

    /** Removes the line; returns the title removed. */
    public String remove(Account self, Long editionId) {
        CartLine line = own(self, editionId);
        String title = line.getEdition().displayTitle();
        em.remove(line);
        return title;
    }

    public List<CartItem> of(Account self) {
        return lines.of(em.find(Account.class, self.getId())).stream().map(CartItem::of).toList();
    }

    /**
     * A visitor's cart joins the account's at sign-in: each line added as {@link #add} would, a
     * line the account's cart already has left as it is. Returns the titles that could not be added,
     * each with why, so that nothing the visitor chose is lost without a word.
     */
    public List<RuleViolation> merge(Account self, List<VisitorLine> visitorLines) {
        Account account = em.find(Account.class, self.getId());
        List<RuleViolation> refused = new ArrayList<>();
        for (VisitorLine visitorLine : visitorLines) {
            try {
                Edition edition = orderable(visitorLine.editionId());
                if (line(account, edition) == null) {
                    if (count(account) >= MOST_LINES) {
                        throw new RuleViolation("shop.orders.cart-full", MOST_LINES);
                    }
                    em.persist(new CartLine(account, edition,
                            Quantities.checked(edition.getFormat(), visitorLine.quantity()), clock.instant()));
                    em.flush();
                }
            } catch (RuleViolation why) {
                refused.add(why);
            }
        }
        return refused;
    }

    /**
     * A line a visitor adds, checked as {@link #add} checks it for an account, against the lines
     * the visit holds: the caller keeps it in the visit.
     */
    public CartItem visitorAdd(List<VisitorLine> visit, Long editionId, int quantity) {
        Edition edition = orderable(editionId);
        if (visit.stream().anyMatch(line -> line.editionId().equals(editionId))) {
            throw new RuleViolation("shop.orders.already-in-cart", edition.displayTitle());
        }
        if (visit.size() >= MOST_LINES) {
            throw new RuleViolation("shop.orders.cart-full", MOST_LINES);
        }
        return CartItem.of(edition, Quantities.checked(edition.getFormat(), quantity), edition.getPrice());
    }

    /** A visitor's line with another quantity, checked as {@link #change} checks it. */
    public CartItem visitorChange(List<VisitorLine> visit, Long editionId, int quantity) {
        VisitorLine line = visitorLine(visit, editionId);
        Edition edition = em.find(Edition.class, editionId);
        return CartItem.of(edition, Quantities.checked(edition.getFormat(), quantity), line.priceWhenAdded());
    }

    /** The title of the visitor's line the caller removes. */
    public String visitorRemove(List<VisitorLine> visit, Long editionId) {
        visitorLine(visit, editionId);
        return em.find(Edition.class, editionId).displayTitle();
    }

    private static VisitorLine visitorLine(List<VisitorLine> visit, Long editionId) {
        return visit.stream().filter(line -> line.editionId().equals(editionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("shop.orders.not-in-your-cart"));
    }

    /** The visit's lines at today's prices; those no longer on offer say so. */
    public List<CartItem> visitorItems(List<VisitorLine> visitorLines) {
        List<CartItem> items = new ArrayList<>();
        for (VisitorLine visitorLine : visitorLines) {
            Edition edition = em.find(Edition.class, visitorLine.editionId());
            if (edition != null) {
                items.add(CartItem.of(edition, visitorLine.quantity(), visitorLine.priceWhenAdded()));
            }
        }
        return items;
    }

    private Edition orderable(Long editionId) {
        Edition edition = editionId == null ? null : em.find(Edition.class, editionId);
        if (edition == null || !edition.isOffered()) {
            throw new RuleViolation("shop.edition-not-on-offer");
        }
        if (edition.isFree()) {
            throw new RuleViolation("shop.orders.free-edition-not-sold", edition.displayTitle());
        }
        if (edition.getAvailability() != Availability.AVAILABLE) {
            throw new RuleViolation("shop.orders.edition-not-available", edition.displayTitle(), edition.getAvailability());
        }
        return edition;
    }

    private CartLine own(Account self, Long editionId) {
        Edition edition = editionId == null ? null : em.find(Edition.class, editionId);
        CartLine line = edition == null ? null : line(em.find(Account.class, self.getId()), edition);
        if (line == null) {
            throw new RuleViolation("shop.orders.not-in-your-cart");
        }
        return line;
    }

    private CartLine line(Account account, Edition edition) {
        return em.createNamedQuery("CartLine.ofAccountAndEdition", CartLine.class)
                .setParameter("account", account).setParameter("edition", edition)
                .getResultStream().findFirst().orElse(null);
    }

    private long count(Account account) {
        return em.createQuery("select count(c) from CartLine c where c.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
    }
}
