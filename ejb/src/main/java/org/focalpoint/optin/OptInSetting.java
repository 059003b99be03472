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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.LocalDate;

/** Whether a member currently has automatic approval of registrations for a sector (TSB Circular 118). */
@Entity
@Table(name = "opt_in_setting")
@NamedQuery(name = "OptInSetting.of",
        query = "select s from OptInSetting s where s.organization = :organization and s.sector = :sector")
public class OptInSetting {

    @Id
    @SequenceGenerator(name = "opt_in_setting_seq", sequenceName = "opt_in_setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opt_in_setting_seq")
    private Long id;

    @Version
    private long version;

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

    /** The end of the study period the opt-in was given for; null while opted out. */
    @Column(name = "lapses_on")
    private LocalDate lapsesOn;

    protected OptInSetting() {
    }

    public OptInSetting(Organization organization, Sector sector) {
        this.organization = organization;
        this.sector = sector;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public LocalDate getLapsesOn() {
        return lapsesOn;
    }

    /**
     * Opted in on {@code day} as far as recording a change goes: an opt-in that has not lapsed, even
     * one that starts later. Whether it approves a registration is {@link OptInStanding#inEffectOn}.
     */
    public boolean standsOptedIn(LocalDate day) {
        return optedIn && (lapsesOn == null || !day.isAfter(lapsesOn));
    }

    public void optIn(LocalDate effectiveOn, LocalDate lapsesOn) {
        this.optedIn = true;
        this.effectiveOn = effectiveOn;
        this.lapsesOn = lapsesOn;
    }

    public void optOut(LocalDate effectiveOn) {
        this.optedIn = false;
        this.effectiveOn = effectiveOn;
        this.lapsesOn = null;
    }
}
