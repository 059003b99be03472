package org.focalpoint.nightly;

import java.io.Serializable;
import java.time.Instant;

/** One mail a run sent, as its summary lists it. */
public record RunNotificationLine(long id, String recipient, String subject, Instant sentAt) implements Serializable {
}
