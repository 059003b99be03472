package org.focalpoint.optin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a member's opt-in, kept for ever with its source. */
@Entity
@Table(name = "opt_in_change")
public class OptInChange {

    @Id
    @SequenceGenerator(name = "opt_in_change_seq", sequenceName = "opt_in_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opt_in_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "opted_in")
    private boolean optedIn;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OptInSource source;

    @Column(length = 300)
    private String reference;

    @Column(length = 2000)
    private String note;

    @ManyToOne
    @JoinColumn(name = "recorded_by_id")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OptInChange() {
    }

    public OptInChange(Organization organization, Sector sector, boolean optedIn, LocalDate effectiveOn,
                       OptInSource source, String reference, String note, Account recordedBy, Instant recordedAt) {
        this.organization = organization;
        this.sector = sector;
        this.optedIn = optedIn;
        this.effectiveOn = effectiveOn;
        this.source = source;
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isOptedIn() {
        return optedIn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public OptInSource getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
