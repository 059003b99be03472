package org.focalpoint.events;

import org.focalpoint.words.Labelled;

public enum EventKind implements Labelled {
    STUDY_GROUP(true),
    TSAG(true),
    REGIONAL_GROUP(true),
    WORKSHOP(false);

    private final boolean statutory;

    EventKind(boolean statutory) {
        this.statutory = statutory;
    }

    public boolean isStatutory() {
        return statutory;
    }

    @Override
    public String labelGroup() {
        return "event-kind";
    }
}
