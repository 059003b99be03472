package org.focalpoint.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.InstantAsUtcTimestamp;

import java.time.Instant;

/** For one organization and sector, the time of the newest registration a DFP's digest announced. */
@Embeddable
public class AnnouncedSeat {

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "announced_up_to", nullable = false)
    @Convert(converter = InstantAsUtcTimestamp.class)
    private Instant announcedUpTo;

    protected AnnouncedSeat() {
    }

    AnnouncedSeat(Long organizationId, Sector sector, Instant announcedUpTo) {
        this.organizationId = organizationId;
        this.sector = sector;
        this.announcedUpTo = announcedUpTo;
    }

    boolean isOf(Long organizationId, Sector sector) {
        return this.organizationId.equals(organizationId) && this.sector == sector;
    }

    Instant announcedUpTo() {
        return announcedUpTo;
    }
}
