package org.focalpoint.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.focalpoint.time.TimeZones;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** A person's user account. The e-mail address is the login name. */
@Entity
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.emailKey = :emailKey")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "email_key", nullable = false, length = 254)
    private String emailKey;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(length = 100)
    private String title;

    @Column(length = 50)
    private String phone;

    @Column(length = 2)
    private String country;

    /** The IANA time zone the person reads times in (see {@link TimeZones}). */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = TimeZones.DEFAULT.getId();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    private boolean staff;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected Account() {
    }

    public Account(String email, String passwordHash, String givenName, String familyName, Instant createdAt) {
        changeEmail(email);
        this.passwordHash = passwordHash;
        this.givenName = givenName;
        this.familyName = familyName;
        this.state = AccountState.PENDING_VERIFICATION;
        this.createdAt = createdAt;
    }

    /** The key under which an address is unique, whatever the case it was typed in. */
    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public void changeEmail(String email) {
        this.email = email.trim();
        this.emailKey = emailKey(email);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** The zone times are shown to the person in: their choice, or the default for one no longer known. */
    public ZoneId getZone() {
        return TimeZones.isKnown(timeZone) ? ZoneId.of(timeZone) : TimeZones.DEFAULT;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public AccountState getState() {
        return state;
    }

    public boolean isActive() {
        return state == AccountState.ACTIVE;
    }

    public void activate() {
        this.state = AccountState.ACTIVE;
    }

    public void deactivate(Instant at) {
        this.state = AccountState.DEACTIVATED;
        this.deactivatedAt = at;
    }

    public boolean isStaff() {
        return staff;
    }

    public void makeStaff() {
        this.staff = true;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Accounts migrated from the old platform: their old password works once, to set a new one. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }
}
