package org.focalpoint.delegationreview;

import org.focalpoint.organizations.Sector;

import java.time.LocalDate;

/**
 * A member's Designated Focal Point for one sector, who receives that sector's review.
 *
 * @param seatId   the designated_focal_point row, by which a run walks the seats
 * @param lastSent the day the member's last review for the sector was sent, null if never
 */
public record ReviewSeat(long seatId, long organizationId, Sector sector, long accountId, LocalDate lastSent) {

    String subjectKey() {
        return "review:" + organizationId + ":" + sector;
    }
}
