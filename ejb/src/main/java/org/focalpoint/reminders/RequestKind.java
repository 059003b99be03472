package org.focalpoint.reminders;

/**
 * What waits on a focal point: a request to an organization's TIES Focal Point (an affiliation, with
 * or without TIES access, or TIES access alone), or a registration waiting for its Designated Focal
 * Point. The name prefixes the subject keys of the run's actions, as the reconciliation's do.
 */
public enum RequestKind {
    AFFILIATION("affiliation"),
    REGISTRATION("registration");

    private final String key;

    RequestKind(String key) {
        this.key = key;
    }

    /** The subject key of a run's action about request {@code id}, e.g. {@code affiliation:123}. */
    public String subjectKey(long id) {
        return key + ":" + id;
    }
}
