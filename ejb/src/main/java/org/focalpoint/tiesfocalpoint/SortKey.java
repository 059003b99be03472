package org.focalpoint.tiesfocalpoint;

/** How a focal point sorts the request queue. */
public enum SortKey {
    NAME,
    EMAIL,
    REQUESTED_SINCE
}
