package org.focalpoint.faces;

import jakarta.faces.model.SelectItem;
import org.focalpoint.accounts.Countries;
import org.focalpoint.organizations.MembershipCategory.Standing;

import java.util.List;

/** The choices every form that picks an organization offers, worded once. */
public final class OrganizationPicking {

    public static final List<SelectItem> STANDINGS = List.of(
            new SelectItem(Standing.ITU_MEMBER, "ITU Member"),
            new SelectItem(Standing.SPECIFIC_STATUS,
                    "Specific status (UN, specialized agencies, regional organizations, Resolution 99)"),
            new SelectItem(Standing.OTHER, "Other"));

    public static final List<SelectItem> COUNTRIES = Countries.byName().entrySet().stream()
            .map(e -> new SelectItem(e.getKey(), e.getValue()))
            .toList();

    private OrganizationPicking() {
    }
}
