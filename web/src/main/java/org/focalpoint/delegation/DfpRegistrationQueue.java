package org.focalpoint.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PagedList;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.words.Dates;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Designated Focal Point's queue of one organization and sector: filter, sort, page, select
 * many, approve or reject them in one go. The organization and sector come from the address; the
 * services decide whether the signed-in person decides for them.
 */
@Named
@ViewScoped
public class DfpRegistrationQueue implements Serializable {


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private RegistrationQueue queue;

    @Inject
    private DelegationAuthority authority;

    @Inject
    private RegistrationDecisions decisions;

    private Long organization;
    private Sector sector;
    private Seat seat;
    private List<Seat> choices = List.of();
    private String filterText;
    private String reason;
    private List<WaitingRegistration> selected = new ArrayList<>();

    /** The lines of the current page, read from the database page by page. */
    private final PagedList<WaitingRegistration> registrations = new PagedList<>(
            () -> queue.count(currentAccount.get(), organization, sector, filterText),
            (first, size, sorting) -> queue.page(currentAccount.get(), organization, sector, filterText,
                    sortKey(sorting.field()), sorting.ascending(), first, size),
            WaitingRegistration::registrationId);

    /** The column's field names the sort; anything else falls back to the oldest registration first. */
    static RegistrationSort sortKey(String field) {
        for (RegistrationSort key : RegistrationSort.values()) {
            if (key.name().equals(field)) {
                return key;
            }
        }
        return RegistrationSort.REGISTERED_SINCE;
    }

    /** Refused here, before any registration is read, unless the person decides for that organization and sector. */
    public void open() {
        try {
            seat = authority.choose(currentAccount.get(), organization, sector);
            organization = seat.organizationId();
            sector = seat.sector();
            choices = authority.choices(currentAccount.get(), seat);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public boolean isOpen() {
        return seat != null;
    }

    public Seat getSeat() {
        return seat;
    }

    /** Shown when the person decides for more than one organization or sector. */
    public List<Seat> getChoices() {
        return choices;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        List<SeenRegistration> items = selected.stream().map(SeenRegistration::of).toList();
        try {
            if (approve) {
                decisions.approve(currentAccount.get(), organization, sector, items);
            } else {
                decisions.reject(currentAccount.get(), organization, sector, items, reason);
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        PageMessages.info(approve ? "dfp-queue.approved" : "dfp-queue.rejected", items.size());
        selected = new ArrayList<>();
        reason = null;
    }

    public String since(WaitingRegistration line) {
        return Dates.ENGLISH.moment(line.registeredSince());
    }

    public PagedList<WaitingRegistration> getRegistrations() {
        return registrations;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<WaitingRegistration> getSelected() {
        return selected;
    }

    public void setSelected(List<WaitingRegistration> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
