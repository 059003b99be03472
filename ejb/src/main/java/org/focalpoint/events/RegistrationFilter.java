package org.focalpoint.events;

/** What staff narrow an event's registrations by; null or blank means any. */
public record RegistrationFilter(RegistrationState state, String organization, String delegate) {

    public static RegistrationFilter everything() {
        return new RegistrationFilter(null, null, null);
    }
}
