package org.focalpoint.nightly;

/** How a run stands, as staff read it; a stopped or failed run may be restarted and run again. */
public enum JobRunState {
    RUNNING("Running"),
    COMPLETED("Completed"),
    FAILED("Failed"),
    STOPPED("Stopped");

    private final String label;

    JobRunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayRestart() {
        return this == FAILED || this == STOPPED;
    }
}
