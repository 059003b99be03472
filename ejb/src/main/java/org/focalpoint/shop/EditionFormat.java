package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** How an edition is delivered: a PDF (a personalised copy), print (shipped), or another medium (a USB key). */
public enum EditionFormat implements Labelled {
    PDF,
    PRINT,
    OTHER;

    @Override
    public String labelGroup() {
        return "edition-format";
    }
}
