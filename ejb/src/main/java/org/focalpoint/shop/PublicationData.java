package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.util.function.Function;

/**
 * What staff write about a publication on its page or in a catalogue file. The product number is
 * given once, when the publication is created, and never changes: orders and links name it.
 */
public record PublicationData(String productNumber,
                              String title,
                              String subtitle,
                              String abstractText,
                              String keywords,
                              ShopCategory category,
                              String series,
                              Integer year,
                              String editionStatement,
                              EditionLanguage textLanguage) {

    /** ITU's founding year: nothing it published is older. */
    static final int FIRST_YEAR = 1865;
    /** How far ahead a forthcoming publication's year may be announced. */
    static final int YEARS_AHEAD = 5;

    /** Stripped, blanks as null, and checked, or the first problem a person can fix; the product number is not looked at. */
    PublicationData checked(int thisYear) {
        String cleanTitle = stripped(title);
        if (cleanTitle == null) {
            throw new RuleViolation("shop.enter-title");
        }
        if (category == null) {
            throw new RuleViolation("shop.choose-category");
        }
        if (year == null) {
            throw new RuleViolation("shop.enter-year");
        }
        if (year < FIRST_YEAR || year > thisYear + YEARS_AHEAD) {
            throw new RuleViolation("shop.year-out-of-range", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(thisYear + YEARS_AHEAD));
        }
        if (textLanguage == null) {
            throw new RuleViolation("shop.choose-text-language");
        }
        return new PublicationData(productNumber == null ? null : productNumber.strip(),
                within(cleanTitle, Publication.TITLE_LENGTH, most -> new RuleViolation("shop.title-too-long", most)),
                within(stripped(subtitle), Publication.TITLE_LENGTH, most -> new RuleViolation("shop.subtitle-too-long", most)),
                within(stripped(abstractText), Publication.ABSTRACT_LENGTH, most -> new RuleViolation("shop.abstract-too-long", most)),
                within(stripped(keywords), Publication.KEYWORDS_LENGTH, most -> new RuleViolation("shop.keywords-too-long", most)),
                category,
                within(stripped(series), Publication.SERIES_LENGTH, most -> new RuleViolation("shop.series-too-long", most)),
                year,
                within(stripped(editionStatement), Publication.EDITION_STATEMENT_LENGTH, most -> new RuleViolation("shop.edition-statement-too-long", most)),
                textLanguage);
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String within(String text, int length, Function<String, RuleViolation> tooLong) {
        if (text != null && text.length() > length) {
            throw tooLong.apply(String.valueOf(length));
        }
        return text;
    }
}
