package org.focalpoint.mailbox.reading;

/** An organization of the registry, as the matcher needs it: its id and its name. */
public record RegisteredOrganization(long id, String name) {
}
