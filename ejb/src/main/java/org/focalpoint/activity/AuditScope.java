package org.focalpoint.activity;

/**
 * How much of the audit trail a person asks to see. Asking is not seeing: {@link AuditTrail}
 * decides from the signed-in person whether the scope is theirs to read.
 */
public record AuditScope(Reach reach, Long organizationId) {

    public enum Reach {
        /** What concerns the person: what they did, and what was done to their account and requests. */
        OWN,
        /** Everything done on behalf of one organization. */
        ORGANIZATION,
        /** The whole trail: secretariat staff only. */
        EVERYTHING
    }

    private static final String OWN_KEY = "mine";
    private static final String EVERYTHING_KEY = "everything";

    public static AuditScope own() {
        return new AuditScope(Reach.OWN, null);
    }

    public static AuditScope organization(Long organizationId) {
        return new AuditScope(Reach.ORGANIZATION, organizationId);
    }

    public static AuditScope everything() {
        return new AuditScope(Reach.EVERYTHING, null);
    }

    /** How a page names the scope in a form: "mine", "everything" or the organization's id. */
    public String key() {
        return switch (reach) {
            case OWN -> OWN_KEY;
            case EVERYTHING -> EVERYTHING_KEY;
            case ORGANIZATION -> String.valueOf(organizationId);
        };
    }

    /** The scope a page sent back; anything unreadable is the person's own, the smallest scope. */
    public static AuditScope ofKey(String key) {
        if (EVERYTHING_KEY.equals(key)) {
            return everything();
        }
        if (key != null && key.matches("\\d{1,18}")) {
            return organization(Long.valueOf(key));
        }
        return own();
    }
}
