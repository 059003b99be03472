package org.focalpoint.decisions;

/** A waiting item as the person saw it when they chose to decide it: its id and its version then. */
public interface Seen {

    Long itemId();

    long version();
}
