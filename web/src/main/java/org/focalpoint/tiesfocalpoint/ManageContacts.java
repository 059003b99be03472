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
 * at a time and acts on one row through its menu. An action that needs more than a click (a
 * reason the person reads when their TIES access or affiliation ends, the sector of a Designated
 * Focal Point) is first asked in a dialog, which warns a focal point ending their own TIES access.
 * The service checks every id again.
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

    /** What the dialog asks to confirm, for whom; null when it asks nothing. */
    private Pending pending;
    private Contact pendingFor;
    private Sector sector;

    private enum Pending {
        REVOKE_TIES("contacts.revoke-ties-access", "contacts.revoke-ties-access-question"),
        REMOVE_AFFILIATION("contacts.remove-affiliation", "contacts.remove-affiliation-question"),
        DESIGNATE_DFP("contacts.make-dfp", "contacts.make-dfp-question");

        final String action;
        final String question;

        Pending(String action, String question) {
            this.action = action;
            this.question = question;
        }
    }

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

    public void askToRevoke(Contact c) {
        ask(Pending.REVOKE_TIES, c);
    }

    public void askToRemove(Contact c) {
        ask(Pending.REMOVE_AFFILIATION, c);
    }

    public void askToDesignate(Contact c) {
        ask(Pending.DESIGNATE_DFP, c);
        sector = getPendingSectors().isEmpty() ? null : getPendingSectors().get(0);
    }

    private void ask(Pending what, Contact c) {
        pending = what;
        pendingFor = c;
        reason = null;
    }

    /** Carries out what the dialog asked, as the row showed it when the menu was opened. */
    public void carryOut() {
        Contact c = pendingFor;
        Pending what = pending;
        pending = null;
        pendingFor = null;
        if (what == null) {
            return;
        }
        switch (what) {
            case REVOKE_TIES -> act(() -> contacts.revokeTies(currentAccount.get(), organizationId, c.affiliationId(),
                    c.affiliationVersion(), reason), "contacts.ties-revoked", c.name());
            case REMOVE_AFFILIATION -> act(() -> contacts.removeAffiliation(currentAccount.get(), organizationId,
                    c.affiliationId(), c.affiliationVersion(), reason), "contacts.affiliation-removed", c.name(),
                    organizationName);
            case DESIGNATE_DFP -> setDesignatedFocalPoint(c, sector);
        }
    }

    public void designateTiesFocalPoint(Contact c) {
        act(() -> contacts.designateTiesFocalPoint(currentAccount.get(), organizationId, c.accountId()),
                "contacts.ties-focal-point-designated", c.name(), organizationName);
    }

    private void setDesignatedFocalPoint(Contact c, Sector sector) {
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

    public boolean mayDesignate(Contact c) {
        return mayHoldRoles(c) && sectors.stream().anyMatch(s -> !c.designatedFor().contains(s));
    }

    /** Whether the row's menu offers anything; the TIES Focal Point's own row may offer nothing. */
    public boolean hasActions(Contact c) {
        return mayGrant(c) || mayRevoke(c) || !c.tiesFocalPoint() || mayDesignate(c);
    }

    public boolean isPending() {
        return pending != null;
    }

    public String getPendingHeading() {
        return pending == null ? "" : words.text(pending.action);
    }

    public String getPendingAction() {
        return pending == null ? "" : words.text(pending.action);
    }

    public String getPendingQuestion() {
        return pending == null ? "" : words.text(pending.question, pendingFor.name(), organizationName);
    }

    public boolean isPendingNeedsReason() {
        return pending == Pending.REVOKE_TIES || pending == Pending.REMOVE_AFFILIATION;
    }

    public boolean isPendingNeedsSector() {
        return pending == Pending.DESIGNATE_DFP;
    }

    /** A focal point about to end their own TIES access (by revoking it or leaving) is warned first. */
    public boolean isPendingOwnTies() {
        return isPendingNeedsReason() && pendingFor.accountId().equals(currentAccount.get().getId())
                && pendingFor.tiesState() == TiesState.GRANTED;
    }

    /** The sectors the person is not yet Designated Focal Point for. */
    public List<Sector> getPendingSectors() {
        return pendingFor == null ? List.of()
                : sectors.stream().filter(s -> !pendingFor.designatedFor().contains(s)).toList();
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
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
