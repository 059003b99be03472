package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The publications a visitor puts side by side, in the order chosen: at most four, since a fifth
 * column would no longer fit a screen to read across. Kept for the visit by the page that holds it.
 */
public final class Comparison implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MOST = 4;

    private final List<Long> publicationIds = new ArrayList<>();

    /** Adds it; false when it is there already; a fifth is refused. */
    public synchronized boolean add(long publicationId) {
        if (publicationIds.contains(publicationId)) {
            return false;
        }
        if (publicationIds.size() >= MOST) {
            throw new RuleViolation("shop.compare-full", MOST);
        }
        return publicationIds.add(publicationId);
    }

    public synchronized boolean remove(long publicationId) {
        return publicationIds.remove(Long.valueOf(publicationId));
    }

    /** Keeps only those still on offer, e.g. after one was withdrawn. */
    public synchronized void keepOnly(List<Long> offered) {
        publicationIds.retainAll(offered);
    }

    public synchronized boolean contains(long publicationId) {
        return publicationIds.contains(publicationId);
    }

    public synchronized List<Long> publicationIds() {
        return List.copyOf(publicationIds);
    }

    public synchronized int size() {
        return publicationIds.size();
    }
}
