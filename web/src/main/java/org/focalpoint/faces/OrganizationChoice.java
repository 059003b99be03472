package org.focalpoint.faces;

import org.focalpoint.organizations.Organization;

import java.io.Serializable;
import java.util.Locale;

/** An organization as offered in the sign-up list: what a person recognises it by. */
public record OrganizationChoice(Long id, String name, String country, boolean tiesEligible) implements Serializable {

    public static OrganizationChoice of(Organization organization) {
        return new OrganizationChoice(organization.getId(), organization.getName(),
                new Locale("", organization.getCountry()).getDisplayCountry(Locale.ENGLISH),
                organization.isTiesEligible());
    }

    /** Name and country: several members share a name across countries (ministries, academia). */
    public String label() {
        return name + " (" + country + ")";
    }
}
