package org.focalpoint.shop.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Your cart": its lines at today's prices, each saying when its price changed since it was added
 * or when it can no longer be ordered; the copies of a printed edition changed, a line removed
 * (after a confirmation), and the way to checkout.
 */
@Named
@ViewScoped
public class CartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopCart cart;

    private List<CartItem> items = List.of();

    /** The quantities as typed, by edition, for the printed lines. */
    private final Map<Long, Integer> quantities = new HashMap<>();

    public void open() {
        read();
    }

    private void read() {
        items = cart.items();
        quantities.clear();
        items.forEach(item -> quantities.put(item.editionId(), item.quantity()));
    }

    /** Every changed quantity saved, or, when one is refused, that one said and the others saved. */
    public void update() {
        boolean refusedAny = false;
        for (CartItem item : items) {
            Integer typed = quantities.get(item.editionId());
            if (item.countsCopies() && typed != null && typed != item.quantity()) {
                try {
                    cart.change(item.editionId(), typed);
                } catch (RuleViolation refused) {
                    PageMessages.error(refused);
                    refusedAny = true;
                }
            }
        }
        read();
        if (!refusedAny) {
            PageMessages.info("cart.updated");
        }
    }

    public void remove(CartItem item) {
        try {
            PageMessages.info("cart.removed", cart.remove(item.editionId()), item.language(), item.format());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        read();
    }

    public List<CartItem> getItems() {
        return items;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    /** At list prices: member prices and codes are worked out at checkout. */
    public BigDecimal getListTotal() {
        return items.stream().filter(CartItem::orderable).map(CartItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isOrderable() {
        return !items.isEmpty() && items.stream().allMatch(CartItem::orderable);
    }
}
