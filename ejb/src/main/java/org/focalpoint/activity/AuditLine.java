package org.focalpoint.activity;

import java.time.Instant;

/** One entry as a person reads it: when, who, on whose behalf, what, the detail and the reason. */
public record AuditLine(long id, Instant when, String who, String onBehalfOf, String what, String detail,
                        String reason) {
}
