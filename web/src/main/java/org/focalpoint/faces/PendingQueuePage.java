package org.focalpoint.faces;

import org.focalpoint.RuleViolation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue page of items waiting for the person's decision (a TIES Focal Point's requests, a
 * Designated Focal Point's registrations): filter, select many, approve or reject them in one go
 * with one reason. The kind of item decides how its service is called and what the page says.
 *
 * @param <L> a line of the queue
 */
public abstract class PendingQueuePage<L> implements Serializable {

    private String filterText;
    private String reason;
    private List<L> selected = new ArrayList<>();

    /** The column's field names the sort; anything else falls back to {@code fallback}. */
    protected static <K extends Enum<K>> K sortKey(Class<K> keys, String field, K fallback) {
        for (K key : keys.getEnumConstants()) {
            if (key.name().equals(field)) {
                return key;
            }
        }
        return fallback;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        int chosen = selected.size();
        try {
            if (approve) {
                approve(selected);
            } else {
                reject(selected, reason);
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        PageMessages.info(decidedKey(approve), chosen);
        selected = new ArrayList<>();
        reason = null;
    }

    protected abstract void approve(List<L> lines);

    protected abstract void reject(List<L> lines, String reason);

    /** The pages' key that tells how many were approved or rejected. */
    protected abstract String decidedKey(boolean approved);

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

    public List<L> getSelected() {
        return selected;
    }

    public void setSelected(List<L> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
