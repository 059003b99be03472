package org.focalpoint.nightly;

import org.focalpoint.words.Labelled;

/** How a run stands, as staff read it; a stopped or failed run may be restarted and run again. */
public enum JobRunState implements Labelled {
    RUNNING,
    COMPLETED,
    FAILED,
    STOPPED;

    public boolean mayRestart() {
        return this == FAILED || this == STOPPED;
    }

    @Override
    public String labelGroup() {
        return "job-run-state";
    }
}
