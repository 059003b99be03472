package org.focalpoint.nightly;

import org.focalpoint.words.Labelled;

/** The jobs the night runs, by their JBeret job id (the job XML's file name). */
public enum NightlyJob implements Labelled {
    RECONCILIATION("reconciliation"),
    REQUEST_REMINDERS("request-reminders"),
    DELEGATION_REVIEW("delegation-review");

    private final String id;

    NightlyJob(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static NightlyJob of(String id) {
        for (NightlyJob job : values()) {
            if (job.id.equals(id)) {
                return job;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Override
    public String labelGroup() {
        return "nightly-job";
    }
}
