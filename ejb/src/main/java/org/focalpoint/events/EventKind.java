package org.focalpoint.events;

public enum EventKind {
    STUDY_GROUP("Study group meeting", true),
    TSAG("TSAG meeting", true),
    REGIONAL_GROUP("Regional group meeting", true),
    WORKSHOP("Workshop", false);

    private final String label;
    private final boolean statutory;

    EventKind(String label, boolean statutory) {
        this.label = label;
        this.statutory = statutory;
    }

    public String label() {
        return label;
    }

    public boolean isStatutory() {
        return statutory;
    }
}
