package org.focalpoint.reminders;

/** How far a waiting request has been followed up: its focal point reminded, then the secretariat told. */
public enum FollowUpStage {
    REMINDED,
    ESCALATED
}
