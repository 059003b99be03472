package org.focalpoint.tiesfocalpoint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.faces.PendingQueuePage;
import org.focalpoint.security.CurrentAccount;

import java.util.List;

/**
 * The focal point's queue of one organization: filter, sort, page, select many, approve or reject
 * them in one go. The organization comes from the address; the services decide whether the
 * signed-in person may act for it.
 */
@Named
@ViewScoped
public class TiesRequestQueue extends PendingQueuePage<PendingRequest> {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private RequestQueue queue;

    @Inject
    private FocalPointAuthority authority;

    @Inject
    private RequestDecisions decisions;

    private Long organization;
    private String organizationName;

    /** The lines of the current page, read from the database page by page. */
    private final PagedList<PendingRequest> requests = new PagedList<>(
            () -> queue.count(currentAccount.get(), organization, getFilterText()),
            (first, size, sorting) -> queue.page(currentAccount.get(), organization, getFilterText(),
                    sortKey(sorting.field()), sorting.ascending(), first, size),
            PendingRequest::affiliationId);

    /** Anything but a column's field sorts the oldest request first. */
    static SortKey sortKey(String field) {
        return sortKey(SortKey.class, field, SortKey.REQUESTED_SINCE);
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

    @Override
    protected void approve(List<PendingRequest> lines) {
        decisions.approve(currentAccount.get(), organization, lines.stream().map(Decided::of).toList());
    }

    @Override
    protected void reject(List<PendingRequest> lines, String reason) {
        decisions.reject(currentAccount.get(), organization, lines.stream().map(Decided::of).toList(), reason);
    }

    @Override
    protected String decidedKey(boolean approved) {
        return approved ? "focalpoints-queue.approved" : "focalpoints-queue.rejected";
    }

    public String since(PendingRequest request) {
        return words.dates().moment(request.requestedSince());
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
}
