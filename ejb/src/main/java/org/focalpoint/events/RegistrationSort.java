package org.focalpoint.events;

/** How a DFP sorts the registration queue. */
public enum RegistrationSort {
    DELEGATE,
    EVENT,
    REGISTERED_SINCE
}
