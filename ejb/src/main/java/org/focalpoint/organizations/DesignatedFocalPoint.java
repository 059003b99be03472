package org.focalpoint.organizations;

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
import org.focalpoint.accounts.Account;

import java.time.Instant;

/** The member's Designated Focal Point for one sector: approves its delegates' registrations. */
@Entity
@Table(name = "designated_focal_point")
@NamedQuery(name = "DesignatedFocalPoint.ofOrganization",
        query = "select d from DesignatedFocalPoint d where d.organization = :organization order by d.sector")
@NamedQuery(name = "DesignatedFocalPoint.ofAccount",
        query = "select d from DesignatedFocalPoint d where d.account = :account")
public class DesignatedFocalPoint {

    @Id
    @SequenceGenerator(name = "designated_focal_point_seq", sequenceName = "designated_focal_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designated_focal_point_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    protected DesignatedFocalPoint() {
    }

    public DesignatedFocalPoint(Organization organization, Sector sector, Account account, Instant appointedAt) {
        this.organization = organization;
        this.sector = sector;
        this.account = account;
        this.appointedAt = appointedAt;
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

    public Account getAccount() {
        return account;
    }

    public void reassign(Account account, Instant at) {
        this.account = account;
        this.appointedAt = at;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }
}
