package org.focalpoint.tiesfocalpoint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "Organization contacts": the TIES Focal Point (or staff) lists the organization's contacts a page
 * at a time and acts on one row. The service checks every id again.
 */
@Named
@ViewScoped
public class ManageContacts implements Serializable {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private OrganizationContacts contacts;

    @Inject
    private FocalPointAuthority authority;

    private Long organizationId;
    private String organizationName;
    private List<Sector> sectors = List.of();
    private String filter;
    private String reason;
    private boolean open;

    private final LazyDataModel<Contact> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contacts.count(currentAccount.get(), organizationId, filter);
        }

        @Override
        public List<Contact> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return contacts.page(currentAccount.get(), organizationId, filter, first, pageSize);
        }
    };

    /** Without a parameter, a TIES Focal Point sees the organization they lead. */
    public void open() {
        try {
            if (organizationId == null) {
                organizationId = authority.ledBy(currentAccount.get()).orElse(null);
                if (organizationId == null) {
                    PageMessages.error("contacts.not-a-focal-point");
                    return;
                }
            }
            Organization organization = contacts.organization(currentAccount.get(), organizationId);
            organizationName = organization.getName();
            sectors = organization.getSectors().stream().sorted().toList();
            open = true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void grantTies(Contact c) {
        act(() -> contacts.grantTies(currentAccount.get(), organizationId, c.affiliationId(), c.affiliationVersion()),
                "contacts.ties-granted", c.name());
    }

    public void revokeTies(Contact c) {
        act(() -> contacts.revokeTies(currentAccount.get(), organizationId, c.affiliationId(), c.affiliationVersion(),
                reason), "contacts.ties-revoked", c.name());
    }

    public void removeAffiliation(Contact c) {
        act(() -> contacts.removeAffiliation(currentAccount.get(), organizationId, c.affiliationId(),
                c.affiliationVersion(), reason), "contacts.affiliation-removed", c.name(), organizationName);
    }

    public void designateTiesFocalPoint(Contact c) {
        act(() -> contacts.designateTiesFocalPoint(currentAccount.get(), organizationId, c.accountId()),
                "contacts.ties-focal-point-designated", c.name(), organizationName);
    }

    public void setDesignatedFocalPoint(Contact c, Sector sector) {
        act(() -> contacts.setDesignatedFocalPoint(currentAccount.get(), organizationId, sector, c.accountId()),
                "contacts.dfp-designated", c.name(), sector);
    }

    private void act(Runnable action, String done, Object... arguments) {
        try {
            action.run();
            reason = null;
            PageMessages.info(done, arguments);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The buttons a row offers; the service decides again. */
    public boolean mayGrant(Contact c) {
        return c.affiliationState() == AffiliationState.APPROVED && c.tiesState() != TiesState.GRANTED;
    }

    public boolean mayRevoke(Contact c) {
        return c.tiesState() == TiesState.GRANTED;
    }

    public boolean mayHoldRoles(Contact c) {
        return c.affiliationState() == AffiliationState.APPROVED && c.accountState() == AccountState.ACTIVE;
    }

    public String roles(Contact c) {
        Stream<String> ties = c.tiesFocalPoint() ? Stream.of(words.text("contacts.role-ties-focal-point"))
                : Stream.empty();
        Stream<String> designated = c.designatedFor().stream().sorted().map(s -> words.text("contacts.role-dfp", s));
        return Stream.concat(ties, designated).collect(Collectors.joining(words.text("contacts.role-separator")));
    }

    public LazyDataModel<Contact> getModel() {
        return model;
    }

    public boolean isOpen() {
        return open;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
