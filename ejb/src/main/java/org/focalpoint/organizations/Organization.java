package org.focalpoint.organizations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

@Entity
@NamedQuery(name = "Organization.withTiesFocalPoint",
        query = "select o from Organization o where o.tiesFocalPoint = :account")
@NamedQuery(name = "Organization.byName",
        query = "select o from Organization o where lower(o.name) = lower(:name)")
public class Organization {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipCategory category;

    // read when asked for, like the TIES Focal Point below
    @ElementCollection
    @CollectionTable(name = "organization_sector", joinColumns = @JoinColumn(name = "organization_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector")
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @Column(length = 500)
    private String address;

    private boolean active = true;

    // read when asked for: the nightly reconciliation and the digests load thousands of organizations, and
    // would read each one's sectors and TIES Focal Point at once, one query each
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ties_focal_point_id")
    private Account tiesFocalPoint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    public Organization(String name, String country, MembershipCategory category, Set<Sector> sectors,
            Instant createdAt) {
        this.name = name;
        this.country = country;
        this.category = category;
        this.sectors = sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public void setCategory(MembershipCategory category) {
        this.category = category;
    }

    public Set<Sector> getSectors() {
        return Collections.unmodifiableSet(sectors);
    }

    public boolean participatesIn(Sector sector) {
        return sectors.contains(sector);
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean isTiesEligible() {
        return category.isTiesEligible();
    }

    public Account getTiesFocalPoint() {
        return tiesFocalPoint;
    }

    /** The previous TIES Focal Point loses the role by the same assignment: there is only one column. */
    public void designateTiesFocalPoint(Account account) {
        this.tiesFocalPoint = account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
