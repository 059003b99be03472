package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.focalpoint.shop.EditionFormat;

/** How many of an edition one line may hold: one licence of a PDF, up to a hundred copies of the others. */
final class Quantities {

    static final int MOST_COPIES = 100;

    private Quantities() {
    }

    static int checked(EditionFormat format, int quantity) {
        if (format == EditionFormat.PDF) {
            if (quantity != 1) {
                throw new RuleViolation("shop.orders.one-licence");
            }
            return 1;
        }
        if (quantity < 1 || quantity > MOST_COPIES) {
            throw new RuleViolation("shop.orders.quantity-range", MOST_COPIES);
        }
        return quantity;
    }
}
