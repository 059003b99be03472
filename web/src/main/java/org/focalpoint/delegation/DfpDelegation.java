package org.focalpoint.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.List;

/** The organization's delegation to each upcoming event of a sector, as its DFP (or staff) sees it. */
@Named
@ViewScoped
public class DfpDelegation implements Serializable {


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private RegistrationQueue queue;

    @Inject
    private DelegationAuthority authority;

    private Long organization;
    private Sector sector;
    private Seat seat;
    private List<Seat> choices = List.of();

    /** One page of the delegation, read from the database. */
    private final PagedList<DelegationLine> lines = new PagedList<>(
            () -> queue.delegationCount(currentAccount.get(), organization, sector),
            (first, size, sorting) -> queue.delegation(currentAccount.get(), organization, sector, first, size),
            DelegationLine::registrationId);

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

    public List<Seat> getChoices() {
        return choices;
    }

    /** The state as a delegate's DFP reads it, with who decided and why. */
    public String status(DelegationLine line) {
        String state = words.text(switch (line.state()) {
            case PENDING_APPROVAL -> "dfp-delegation.state-waiting";
            case APPROVED -> "dfp-delegation.state-approved";
            case AUTO_APPROVED -> "dfp-delegation.state-auto-approved";
            case REJECTED -> "dfp-delegation.state-rejected";
            case WITHDRAWN -> "dfp-delegation.state-withdrawn";
            case CANCELLED -> "dfp-delegation.state-cancelled";
        });
        if (line.decidedBy() != null && line.state() != RegistrationState.WITHDRAWN) {
            state = words.text("dfp-delegation.state-by", state, line.decidedBy());
        }
        if (line.decidedAt() != null && line.state() != RegistrationState.PENDING_APPROVAL) {
            state = words.text("dfp-delegation.state-on", state, words.dates().day(line.decidedAt()));
        }
        if (line.reason() != null && line.state() == RegistrationState.REJECTED) {
            state = words.text("dfp-delegation.state-why", state, line.reason());
        }
        return state;
    }

    public PagedList<DelegationLine> getLines() {
        return lines;
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
