package org.focalpoint.mailbox;

/** An organization of the registry, as the matcher needs it: its id and its name. */
public record RegisteredOrganization(long id, String name) {
}
