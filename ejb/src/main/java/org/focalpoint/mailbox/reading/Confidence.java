package org.focalpoint.mailbox.reading;

import org.focalpoint.words.Labelled;

/** How sure a reading is, so that staff know how closely to look before confirming. */
public enum Confidence implements Labelled {
    LOW,
    MEDIUM,
    HIGH;

    public Confidence atMost(Confidence cap) {
        return compareTo(cap) <= 0 ? this : cap;
    }

    public Confidence raised() {
        return this == LOW ? MEDIUM : HIGH;
    }

    public Confidence lowered() {
        return this == HIGH ? MEDIUM : LOW;
    }

    @Override
    public String labelGroup() {
        return "confidence";
    }
}
