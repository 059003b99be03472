package org.focalpoint.organizations;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.OrganizationPicking;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Staff create an organization, or edit, deactivate and reactivate one. The form keeps the version
 * it was read at, so a change saved by someone else in between is reported, not overwritten.
 */
@Named
@ViewScoped
public class EditOrganization implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private OrganizationAdministration administration;

    private Long id;
    private long version;
    private boolean active = true;
    private boolean open;
    private String shownName;
    private String name;
    private String country;
    private String address;
    private MembershipCategory category;
    private Sector[] sectors = new Sector[0];
    private String reason;

    /** Without an id the form is empty, for a new organization; creating it checks the actor. */
    public void open() {
        if (id != null) {
            try {
                load();
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
                return;
            }
        }
        open = true;
    }

    private void load() {
        Organization o = administration.organization(currentAccount.get(), id);
        version = o.getVersion();
        active = o.isActive();
        shownName = o.getName();
        name = o.getName();
        country = o.getCountry();
        address = o.getAddress();
        category = o.getCategory();
        sectors = o.getSectors().stream().sorted().toArray(Sector[]::new);
    }

    public String save() {
        OrganizationData data = new OrganizationData(name, country, address, category, chosenSectors());
        try {
            if (id == null) {
                Organization created = administration.create(currentAccount.get(), data);
                PageMessages.infoAfterRedirect("staff-organization.created", created.getName());
                return "/staff/organization?faces-redirect=true&id=" + created.getId();
            }
            administration.edit(currentAccount.get(), id, version, data);
            load();
            PageMessages.info("staff-organization.saved", shownName);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        return null;
    }

    public void deactivate() {
        try {
            administration.deactivate(currentAccount.get(), id, version, reason);
            load();
            reason = null;
            PageMessages.info("staff-organization.deactivated", shownName);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void reactivate() {
        try {
            administration.reactivate(currentAccount.get(), id, version);
            load();
            PageMessages.info("staff-organization.reactivated", shownName);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private Set<Sector> chosenSectors() {
        return sectors == null || sectors.length == 0 ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(Arrays.asList(sectors));
    }

    public List<SelectItem> getCountries() {
        return OrganizationPicking.COUNTRIES;
    }

    public List<MembershipCategory> getCategories() {
        return List.of(MembershipCategory.values());
    }

    public List<Sector> getAllSectors() {
        return List.of(Sector.values());
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isExisting() {
        return id != null;
    }

    public boolean isActive() {
        return active;
    }

    public String getShownName() {
        return shownName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public void setCategory(MembershipCategory category) {
        this.category = category;
    }

    public Sector[] getSectors() {
        return sectors;
    }

    public void setSectors(Sector[] sectors) {
        this.sectors = sectors;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
