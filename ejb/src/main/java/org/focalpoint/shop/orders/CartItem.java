package org.focalpoint.shop.orders;

import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the cart as the reader sees it: the edition at today's price, and what changed since it
 * was added. A line that is no longer on offer is shown, and checkout refuses it, until removed;
 * a repriced one is charged at today's price and says so.
 */
public record CartItem(Long editionId, String productNumber, String title, EditionLanguage language,
                       EditionFormat format, int quantity, BigDecimal unitPrice, BigDecimal priceWhenAdded,
                       Availability availability, boolean onOffer) implements Serializable {

    static CartItem of(CartLine line) {
        return of(line.getEdition(), line.getQuantity(), line.getPriceWhenAdded());
    }

    /** The edition at today's price, {@code priceWhenAdded} the one the reader saw. */
    static CartItem of(Edition edition, int quantity, BigDecimal priceWhenAdded) {
        return new CartItem(edition.getId(), edition.getPublication().getProductNumber(), edition.displayTitle(),
                edition.getLanguage(), edition.getFormat(), quantity, edition.getPrice(), priceWhenAdded,
                edition.getAvailability(), edition.isOffered());
    }

    public boolean repriced() {
        return unitPrice.compareTo(priceWhenAdded) != 0;
    }

    /** One licence of a PDF edition; copies of the others. */
    public boolean countsCopies() {
        return format != EditionFormat.PDF;
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** What checkout can take: on offer and available now. */
    public boolean orderable() {
        return onOffer && availability == Availability.AVAILABLE;
    }
}
