package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** The orders a list of publications may be read in. */
public enum CatalogueSort implements Labelled {
    RELEVANCE,
    NEWEST,
    PRICE_LOW_TO_HIGH,
    PRICE_HIGH_TO_LOW,
    TITLE;

    @Override
    public String labelGroup() {
        return "catalogue-sort";
    }
}
