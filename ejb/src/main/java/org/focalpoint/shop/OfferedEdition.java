package org.focalpoint.shop;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An edition as the shop's pages show it: its title in its language, price (zero when free), ISBN,
 * pages and availability. Downloadable when it is a free PDF whose file has been uploaded, which any
 * signed-in person may take without an order.
 */
public record OfferedEdition(long id,
                             EditionLanguage language,
                             EditionFormat format,
                             String title,
                             BigDecimal price,
                             String isbn,
                             Integer pageCount,
                             Availability availability,
                             LocalDate expectedOn,
                             boolean downloadable) {

    static OfferedEdition of(Edition edition) {
        return new OfferedEdition(edition.getId(), edition.getLanguage(), edition.getFormat(), edition.displayTitle(),
                edition.getPrice(), edition.getIsbn(), edition.getPageCount(), edition.getAvailability(),
                edition.getExpectedOn(), edition.isFree() && edition.getFormat() == EditionFormat.PDF
                        && edition.getMasterFile() != null);
    }

    public boolean free() {
        return price.signum() == 0;
    }
}
