package org.focalpoint.signup;

import org.focalpoint.organizations.MembershipCategory.Standing;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What a person fills in to create an account. Nothing here is trusted: {@link SignUp} checks
 * every field, whatever the page allowed.
 */
public class SignUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields a refusal can point at, so a page can show the message next to the right one. */
    public enum Field {
        STANDING, ORGANIZATION, NEW_ORGANIZATION_NAME, NEW_ORGANIZATION_COUNTRY, TIES, GIVEN_NAME, FAMILY_NAME,
        EMAIL, PASSWORD, CONSENT
    }

    private Standing standing;
    /** For ITU Members and organizations with a specific status: chosen from the list. */
    private Long organizationId;
    /** For "other": a non-member organization, typed by the person. */
    private String newOrganizationName;
    /** ISO 3166-1 alpha-2. */
    private String newOrganizationCountry;
    private boolean wantsTies;
    private String givenName;
    private String familyName;
    private String email;
    private String password;
    private String confirmation;
    /** The consent documents that were shown and whose box was ticked. */
    private Set<Long> acceptedConsentIds = new HashSet<>();

    public Standing getStanding() {
        return standing;
    }

    public void setStanding(Standing standing) {
        this.standing = standing;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getNewOrganizationName() {
        return newOrganizationName;
    }

    public void setNewOrganizationName(String newOrganizationName) {
        this.newOrganizationName = newOrganizationName;
    }

    public String getNewOrganizationCountry() {
        return newOrganizationCountry;
    }

    public void setNewOrganizationCountry(String newOrganizationCountry) {
        this.newOrganizationCountry = newOrganizationCountry;
    }

    public boolean isWantsTies() {
        return wantsTies;
    }

    public void setWantsTies(boolean wantsTies) {
        this.wantsTies = wantsTies;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public Set<Long> getAcceptedConsentIds() {
        return acceptedConsentIds;
    }

    public void setAcceptedConsentIds(Set<Long> acceptedConsentIds) {
        this.acceptedConsentIds = acceptedConsentIds == null ? new HashSet<>() : new HashSet<>(acceptedConsentIds);
    }

    /** Passwords are not kept once used, not even in a page's state. */
    public void forgetPasswords() {
        this.password = null;
        this.confirmation = null;
    }
}
