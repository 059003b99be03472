package org.focalpoint.shop;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One edition as the publication's page lists it, kept with the version it was read at. */
public record EditionRow(Long id, long version, EditionLanguage language, EditionFormat format, BigDecimal price,
                         String isbn, Integer pageCount, Availability availability, LocalDate expectedOn,
                         String title, boolean withdrawn, String masterFile, Long masterFileSize)
        implements Serializable {

    static EditionRow of(Edition e) {
        return new EditionRow(e.getId(), e.getVersion(), e.getLanguage(), e.getFormat(), e.getPrice(), e.getIsbn(),
                e.getPageCount(), e.getAvailability(), e.getExpectedOn(), e.getTitle(), e.isWithdrawn(),
                e.getMasterFile(), e.getMasterFileSize());
    }

    public boolean isFree() {
        return price.signum() == 0;
    }

    public boolean isPdf() {
        return format == EditionFormat.PDF;
    }
}
