package org.focalpoint.faces;

import jakarta.faces.model.SelectItem;
import org.focalpoint.accounts.Countries;
import org.focalpoint.organizations.MembershipCategory.Standing;

import java.util.List;

/** The choices every form that picks an organization offers, worded once. */
public final class OrganizationPicking {

    public static final List<SelectItem> COUNTRIES = Countries.byName().entrySet().stream()
            .map(e -> new SelectItem(e.getKey(), e.getValue()))
            .toList();

    public static List<SelectItem> standings(PageWords words) {
        return List.of(new SelectItem(Standing.ITU_MEMBER, words.text("organization-picking.itu-member")),
                new SelectItem(Standing.SPECIFIC_STATUS, words.text("organization-picking.specific-status")),
                new SelectItem(Standing.OTHER, words.text("organization-picking.other")));
    }

    private OrganizationPicking() {
    }
}
