package org.focalpoint.shop;

/**
 * An edition as the index keeps it: what the advanced search filters and counts on (language,
 * format, availability, price in centimes) and its own title, searched in its language.
 */
record IndexedEdition(EditionLanguage language,
                      EditionFormat format,
                      Availability availability,
                      long priceCentimes,
                      String title) {

    boolean isFree() {
        return priceCentimes == 0;
    }
}
