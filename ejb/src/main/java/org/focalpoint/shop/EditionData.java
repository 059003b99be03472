package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff write about an edition: its language and format, price in CHF (zero is free), ISBN, pages, availability and its own title. */
public record EditionData(EditionLanguage language,
                          EditionFormat format,
                          BigDecimal price,
                          String isbn,
                          Integer pageCount,
                          Availability availability,
                          LocalDate expectedOn,
                          String title) {

    /** The choices and the price present; the rest is checked by the edition as it takes them. */
    EditionData checked() {
        if (language == null) {
            throw new RuleViolation("shop.choose-edition-language");
        }
        if (format == null) {
            throw new RuleViolation("shop.choose-format");
        }
        if (price == null) {
            throw new RuleViolation("shop.enter-price");
        }
        if (availability == null) {
            throw new RuleViolation("shop.choose-availability");
        }
        return new EditionData(language, format, price, PublicationData.stripped(isbn), pageCount, availability,
                expectedOn, PublicationData.within(PublicationData.stripped(title), Publication.TITLE_LENGTH,
                most -> new RuleViolation("shop.edition-title-too-long", most)));
    }
}
