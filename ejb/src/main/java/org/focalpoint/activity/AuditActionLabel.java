package org.focalpoint.activity;

import org.focalpoint.audit.AuditAction;

import java.util.Locale;

/** What a person reads for each recorded action. */
public final class AuditActionLabel {

    private AuditActionLabel() {
    }

    public static String of(AuditAction action) {
        return switch (action) {
            case ACCOUNT_CREATED -> "Account created";
            case EMAIL_VERIFIED -> "E-mail address verified";
            case EMAIL_CHANGE_REQUESTED -> "E-mail change requested";
            case EMAIL_CHANGED -> "E-mail address changed";
            case PASSWORD_RESET_REQUESTED -> "Password reset requested";
            case PASSWORD_CHANGED -> "Password changed";
            case PROFILE_UPDATED -> "Profile updated";
            case ACCOUNT_DEACTIVATED -> "Account deactivated";
            case TIES_ACCESS_REVOKED -> "TIES access revoked";
            case TIES_FOCAL_POINT_LAPSED -> "TIES Focal Point role lapsed";
            case DESIGNATED_FOCAL_POINT_LAPSED -> "Designated Focal Point role lapsed";
            case SIGN_IN_LOCKED -> "Sign-in locked";
            case AFFILIATION_REQUESTED -> "Affiliation requested";
            case AFFILIATION_WITHDRAWN -> "Affiliation request withdrawn";
            case TIES_ACCESS_REQUESTED -> "TIES access requested";
            case TIES_ACCESS_WITHDRAWN -> "TIES access request withdrawn";
            case REGISTRATION_CANCELLED -> "Registration cancelled";
            case CONSENT_PUBLISHED -> "New Terms of Use or privacy statement published";
            case CONSENT_ACCEPTED -> "Terms of Use or privacy statement accepted";
            case ORGANIZATION_CREATED -> "Organization created";
            case ORGANIZATION_EDITED -> "Organization data changed";
            case AFFILIATION_APPROVED -> "Affiliation approved";
            case AFFILIATION_REJECTED -> "Affiliation rejected";
            case AFFILIATION_REMOVED -> "Affiliation removed";
            case TIES_ACCESS_GRANTED -> "TIES access granted";
            case TIES_ACCESS_REJECTED -> "TIES access rejected";
            case TIES_FOCAL_POINT_DESIGNATED -> "TIES Focal Point designated";
            case DESIGNATED_FOCAL_POINT_SET -> "Designated Focal Point set";
            case OPT_IN_RECORDED -> "Opt-in to automatic approval recorded";
            case OPT_OUT_RECORDED -> "Opt-out of automatic approval recorded";
            case REGISTRATION_MADE -> "Registered for an event";
            case REGISTRATION_AUTO_APPROVED -> "Registration approved automatically (TSB Circular 118)";
            case REGISTRATION_CONFIRMED -> "Registration approved at once";
            case REGISTRATION_WITHDRAWN -> "Registration withdrawn";
            case EVENT_CANCELLED -> "Event cancelled";
            case MAIL_REQUEST_CONFIRMED -> "Request by mail to the Director confirmed";
            case MAIL_REQUEST_REJECTED -> "Request by mail to the Director rejected";
            case REGISTRATION_AUTO_APPROVAL_WITHDRAWN -> "Automatic approval withdrawn by the nightly reconciliation";
            case OPT_IN_LAPSED -> "Opt-in lapsed at the end of the study period";
            case AFFILIATION_REQUEST_ESCALATED -> "Request waiting too long on the TIES Focal Point passed to the secretariat";
            case REGISTRATION_ESCALATED -> "Registration waiting too long on the Designated Focal Point passed to the secretariat";
            // Actions added later read from their name until someone words them
            default -> fromName(action.name());
        };
    }

    /** A stored action, even one no longer in the code (old rows stay readable). */
    public static String of(String storedAction) {
        try {
            return of(AuditAction.valueOf(storedAction));
        } catch (IllegalArgumentException gone) {
            return fromName(storedAction);
        }
    }

    static String fromName(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
