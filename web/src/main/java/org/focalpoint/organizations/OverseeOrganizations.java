package org.focalpoint.organizations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;

/**
 * The secretariat's list of organizations: search, filter by category, ITU Members without a TIES
 * Focal Point, requests waiting longer than N days. Read a page at a time from the database.
 */
@Named
@ViewScoped
public class OverseeOrganizations implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private OrganizationOversight oversight;

    private String name;
    private MembershipCategory category;
    private boolean withoutTiesFocalPoint;
    private boolean waitingLong;
    private Integer days = OrganizationOversight.DEFAULT_WAITING_DAYS;

    private final PagedList<OverseenOrganization> model = new PagedList<>(
            () -> oversight.count(currentAccount.get(), filter()),
            (first, size, sorting) -> oversight.page(currentAccount.get(), filter(), first, size),
            OverseenOrganization::id);

    private OversightFilter filter() {
        Integer waiting = !waitingLong ? null : days == null ? OrganizationOversight.DEFAULT_WAITING_DAYS : days;
        return new OversightFilter(name, category, withoutTiesFocalPoint, waiting);
    }

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("organizations:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public String since(OverseenOrganization organization) {
        return organization.waitingSince() == null ? "" : words.dates().day(organization.waitingSince());
    }

    public List<MembershipCategory> getCategories() {
        return List.of(MembershipCategory.values());
    }

    public PagedList<OverseenOrganization> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public void setCategory(MembershipCategory category) {
        this.category = category;
    }

    public boolean isWithoutTiesFocalPoint() {
        return withoutTiesFocalPoint;
    }

    public void setWithoutTiesFocalPoint(boolean withoutTiesFocalPoint) {
        this.withoutTiesFocalPoint = withoutTiesFocalPoint;
    }

    public boolean isWaitingLong() {
        return waitingLong;
    }

    public void setWaitingLong(boolean waitingLong) {
        this.waitingLong = waitingLong;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
