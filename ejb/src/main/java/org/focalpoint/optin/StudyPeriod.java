package org.focalpoint.optin;

import java.time.LocalDate;

/**
 * The ITU study period now running, e.g. 2025-2028, and the day it ends. Configuration, because the
 * assembly that closes a period sets its date: {@code -Dfocalpoint.study-period=2025-2028} and
 * {@code -Dfocalpoint.study-period.ends-on=2028-12-31} ({@link StudyPeriodConfiguration}).
 */
public record StudyPeriod(String name, LocalDate endsOn) {

    public boolean isOver(LocalDate day) {
        return day.isAfter(endsOn);
    }
}
