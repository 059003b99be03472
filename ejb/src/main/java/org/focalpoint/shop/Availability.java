package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** Whether an edition can be had now: available, forthcoming (with the day it is expected), or out of print. */
public enum Availability implements Labelled {
    AVAILABLE,
    FORTHCOMING,
    OUT_OF_PRINT;

    @Override
    public String labelGroup() {
        return "availability";
    }
}
