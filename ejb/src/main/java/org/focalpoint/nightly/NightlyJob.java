package org.focalpoint.nightly;

/** The jobs the night runs, by their JBeret job id (the job XML's file name). */
public enum NightlyJob {
    RECONCILIATION("reconciliation", "Reconciliation of delegation lists with registrations"),
    REQUEST_REMINDERS("request-reminders", "Reminders of requests waiting on focal points, then escalation"),
    DELEGATION_REVIEW("delegation-review", "Delegation review for the Designated Focal Points");

    private final String id;
    private final String label;

    NightlyJob(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static NightlyJob of(String id) {
        for (NightlyJob job : values()) {
            if (job.id.equals(id)) {
                return job;
            }
        }
        throw new IllegalArgumentException("No such job: " + id);
    }
}
