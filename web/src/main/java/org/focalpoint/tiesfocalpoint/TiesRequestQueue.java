package org.focalpoint.tiesfocalpoint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.words.Dates;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The focal point's queue of one organization: filter, sort, page, select many, approve or reject
 * them in one go. The organization comes from the address; the services decide whether the
 * signed-in person may act for it.
 */
@Named
@ViewScoped
public class TiesRequestQueue implements Serializable {


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private RequestQueue queue;

    @Inject
    private FocalPointAuthority authority;

    @Inject
    private RequestDecisions decisions;

    private Long organization;
    private String organizationName;
    private String filterText;
    private String reason;
    private List<PendingRequest> selected = new ArrayList<>();

    /** The lines of the current page, read from the database page by page. */
    private final PagedList<PendingRequest> requests = new PagedList<>(
            () -> queue.count(currentAccount.get(), organization, filterText),
            (first, size, sorting) -> queue.page(currentAccount.get(), organization, filterText,
                    sortKey(sorting.field()), sorting.ascending(), first, size),
            PendingRequest::affiliationId);

    /** The column's field names the sort; anything else falls back to the oldest request first. */
    static SortKey sortKey(String field) {
        for (SortKey key : SortKey.values()) {
            if (key.name().equals(field)) {
                return key;
            }
        }
        return SortKey.REQUESTED_SINCE;
    }

    /**
     * Without an organization in the address, the queue of the one the person is TIES Focal Point of.
     * An organization they may not act for is refused here, before any of its requests is read.
     */
    public void open() {
        if (organization == null) {
            organization = authority.ledBy(currentAccount.get()).orElse(null);
        }
        if (organization == null) {
            PageMessages.error("focalpoints-queue.not-a-focal-point");
            return;
        }
        try {
            organizationName = authority.actFor(currentAccount.get(), organization).organization().getName();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The queue is shown only once the person may act for its organization. */
    public boolean isOpen() {
        return organizationName != null;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        List<Decided> items = selected.stream().map(Decided::of).toList();
        try {
            if (approve) {
                decisions.approve(currentAccount.get(), organization, items);
            } else {
                decisions.reject(currentAccount.get(), organization, items, reason);
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        PageMessages.info(approve ? "focalpoints-queue.approved" : "focalpoints-queue.rejected", items.size());
        selected = new ArrayList<>();
        reason = null;
    }

    public String since(PendingRequest request) {
        return Dates.ENGLISH.moment(request.requestedSince());
    }

    public PagedList<PendingRequest> getRequests() {
        return requests;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
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

    public List<PendingRequest> getSelected() {
        return selected;
    }

    public void setSelected(List<PendingRequest> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
