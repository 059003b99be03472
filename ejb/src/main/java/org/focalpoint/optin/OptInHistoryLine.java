package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One recorded change, as the history table shows it; {@code recordedBy} is null for the platform. */
public record OptInHistoryLine(Long id, Sector sector, boolean optedIn, LocalDate effectiveOn, OptInSource source,
                               String reference, String note, String recordedBy, Instant recordedAt)
        implements Serializable {

    static OptInHistoryLine of(OptInChange change) {
        return new OptInHistoryLine(change.getId(), change.getSector(), change.isOptedIn(), change.getEffectiveOn(),
                change.getSource(), change.getReference(), change.getNote(),
                change.getRecordedBy() == null ? null : change.getRecordedBy().getFullName(), change.getRecordedAt());
    }
}
