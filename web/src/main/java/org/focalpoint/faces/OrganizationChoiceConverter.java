package org.focalpoint.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.OrganizationDirectory;

import java.util.function.Supplier;

/**
 * Turns the id an organization autocomplete posts back into the choice, only for an active
 * organization of the standing the person chose: a forged or stale id becomes "nothing chosen",
 * which the page and the service then refuse with their own message.
 */
public class OrganizationChoiceConverter implements Converter<OrganizationChoice> {

    private final OrganizationDirectory directory;
    private final Supplier<Standing> standing;

    public OrganizationChoiceConverter(OrganizationDirectory directory, Supplier<Standing> standing) {
        this.directory = directory;
        this.standing = standing;
    }

    @Override
    public OrganizationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        Long id;
        try {
            id = value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException forged) {
            return null;
        }
        return choice(id);
    }

    /** The organization with that id as a choice, or null when it is not one the person may choose. */
    public OrganizationChoice choice(Long id) {
        return directory.find(id)
                .filter(o -> o.isActive() && o.getCategory().standing() == standing.get())
                .map(OrganizationChoice::of)
                .orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganizationChoice value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
