package org.focalpoint.nightly;

import java.io.Serializable;

/** One change of a run as its summary lists it, with the names staff recognise. */
public record RunActionLine(long id, RunActionKind action, String organization, String person, String event,
                            String detail) implements Serializable {
}
