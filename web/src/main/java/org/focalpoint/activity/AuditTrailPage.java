package org.focalpoint.activity;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.time.DayRange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Activity": the audit trail a person may read, narrowed by scope, days, actor and kind. The
 * scopes offered are those the service grants; whatever the form sends, the service decides again.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private AuditTrail trail;

    private Long organization;
    private List<ScopeChoice> choices = List.of();
    private String scope = AuditScope.own().key();
    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String kind;
    private boolean refused;

    /** The entries of the current page, read from the database page by page. */
    private final PagedList<AuditLine> lines = new PagedList<>(
            () -> trail.count(currentAccount.get(), AuditScope.ofKey(scope), filter()),
            (first, size, sorting) -> trail.page(currentAccount.get(), AuditScope.ofKey(scope), filter(), first, size),
            AuditLine::id);

    /**
     * Staff see everything at first; someone who came with an organization in the address sees
     * that organization's, if they may. A foreign organization is refused and nothing is shown.
     */
    public void open() {
        try {
            choices = trail.choices(currentAccount.get(), organization);
        } catch (RuleViolation refusal) {
            PageMessages.error(refusal);
            refused = true;
            return;
        }
        if (organization != null) {
            scope = AuditScope.organization(organization).key();
        } else if (choices.stream().anyMatch(c -> c.scope().equals(AuditScope.everything()))) {
            scope = AuditScope.everything().key();
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(new DayRange(from, to, words.zone()), actor, kind);
    }

    /** Kinds as a person picks them: each group, then the single actions within it. */
    public List<SelectItem> getKinds() {
        List<SelectItem> items = new ArrayList<>();
        for (AuditKind group : AuditKind.values()) {
            List<SelectItem> members = new ArrayList<>();
            members.add(new SelectItem(group.name(), words.text("audit.kind-all", group)));
            group.actions().forEach(a -> members.add(new SelectItem(a.name(), words.label(a))));
            if (members.size() > 1) {
                SelectItemGroup item = new SelectItemGroup(words.label(group));
                item.setSelectItems(members.toArray(SelectItem[]::new));
                items.add(item);
            }
        }
        return items;
    }

    public String when(AuditLine line) {
        return words.dates().brief(line.when());
    }

    public boolean isScopeChoice() {
        return choices.size() > 1;
    }

    public PagedList<AuditLine> getLines() {
        return lines;
    }

    public List<ScopeChoice> getChoices() {
        return choices;
    }

    public boolean isRefused() {
        return refused;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
