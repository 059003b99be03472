package org.focalpoint.shop;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;

import java.io.Serializable;
import java.util.List;

/** The publications a visitor compares, kept for the visit, from any result or publication page. */
@Named
@SessionScoped
public class CompareList implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Comparison comparison = new Comparison();

    public void add(long publicationId, String title) {
        try {
            if (comparison.add(publicationId)) {
                PageMessages.info("shop.compare-added", title, comparison.size(), Comparison.MOST);
            } else {
                PageMessages.info("shop.compare-already", title);
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void remove(long publicationId, String title) {
        if (comparison.remove(publicationId)) {
            PageMessages.info("shop.compare-removed", title);
        }
    }

    public boolean contains(long publicationId) {
        return comparison.contains(publicationId);
    }

    public int getCount() {
        return comparison.size();
    }

    List<Long> publicationIds() {
        return comparison.publicationIds();
    }

    /** Those no longer on offer leave the comparison. */
    void keepOnly(List<Long> offered) {
        comparison.keepOnly(offered);
    }
}
