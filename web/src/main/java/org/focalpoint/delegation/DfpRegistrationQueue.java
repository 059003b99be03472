package org.focalpoint.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.faces.PendingQueuePage;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;

import java.util.List;

/**
 * The Designated Focal Point's queue of one organization and sector: filter, sort, page, select
 * many, approve or reject them in one go. The organization and sector come from the address; the
 * services decide whether the signed-in person decides for them.
 */
@Named
@ViewScoped
public class DfpRegistrationQueue extends PendingQueuePage<WaitingRegistration> {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

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

    /** The lines of the current page, read from the database page by page. */
    private final PagedList<WaitingRegistration> registrations = new PagedList<>(
            () -> queue.count(currentAccount.get(), organization, sector, getFilterText()),
            (first, size, sorting) -> queue.page(currentAccount.get(), organization, sector, getFilterText(),
                    sortKey(sorting.field()), sorting.ascending(), first, size),
            WaitingRegistration::registrationId);

    /** Anything but a column's field sorts the oldest registration first. */
    static RegistrationSort sortKey(String field) {
        return sortKey(RegistrationSort.class, field, RegistrationSort.REGISTERED_SINCE);
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

    @Override
    protected void approve(List<WaitingRegistration> lines) {
        decisions.approve(currentAccount.get(), organization, sector,
                lines.stream().map(SeenRegistration::of).toList());
    }

    @Override
    protected void reject(List<WaitingRegistration> lines, String reason) {
        decisions.reject(currentAccount.get(), organization, sector, lines.stream().map(SeenRegistration::of).toList(),
                reason);
    }

    @Override
    protected String decidedKey(boolean approved) {
        return approved ? "dfp-queue.approved" : "dfp-queue.rejected";
    }

    public String since(WaitingRegistration line) {
        return words.dates().moment(line.registeredSince());
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
}
