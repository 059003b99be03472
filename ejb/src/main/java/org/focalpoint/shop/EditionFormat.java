package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** How an edition is delivered: a PDF (a personalised copy), print (shipped), or another medium (a USB key). */
public enum EditionFormat implements Labelled {
    PDF,
    PRINT,
    OTHER;

    /** Print and other media are posted, and cost shipping; a PDF is downloaded. */
    public boolean isPosted() {
        return this != PDF;
    }

    @Override
    public String labelGroup() {
        return "edition-format";
    }
}
