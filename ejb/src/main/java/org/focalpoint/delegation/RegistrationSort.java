package org.focalpoint.delegation;

/** How a DFP sorts the registration queue. */
public enum RegistrationSort {
    DELEGATE,
    EVENT,
    REGISTERED_SINCE
}
