package org.focalpoint.decisions;

import jakarta.persistence.EntityManager;
import org.focalpoint.RuleViolation;
import org.focalpoint.persistence.ConcurrentChange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Deciding many waiting items in one go, for any kind of queue (a TIES Focal Point's requests, a
 * Designated Focal Point's registrations). All or nothing: every item is checked before anything
 * changes, and one refused item, or one decided by someone else meanwhile, leaves every item as
 * it was. A kind says what belongs to the person's queue, what "still waiting" means, how one item
 * is decided and how a refusal names it.
 *
 * @param <S> the item as seen on the page
 * @param <E> the item as stored
 */
public abstract class PendingDecisions<S extends Seen, E> {

    public static final int REASON_MAX = 1000;

    private final Class<E> stored;

    protected PendingDecisions(Class<E> stored) {
        this.stored = stored;
    }

    /** The trimmed reason a rejection must give, refused with what {@code none} makes when there is none. */
    public static String reasonToReject(String reason, Supplier<RuleViolation> none) {
        String given = reason == null ? "" : reason.trim();
        if (given.isEmpty()) {
            throw none.get();
        }
        if (given.length() > REASON_MAX) {
            throw new RuleViolation("decisions.reason-too-long", String.valueOf(REASON_MAX));
        }
        return given;
    }

    /** Approves or rejects (with {@code reason}) every item, or refuses and changes nothing. */
    public final void decide(EntityManager em, List<S> items, boolean approve, String reason) {
        if (items == null || items.isEmpty()) {
            throw nothingChosen();
        }
        List<E> found = new ArrayList<>();
        for (S item : items) {
            E one = item == null || item.itemId() == null ? null : em.find(stored, item.itemId());
            if (one == null || !belongs(one)) {
                throw notHere(item);
            }
            if (found.contains(one)) {
                throw chosenTwice();
            }
            found.add(one);
        }
        for (int i = 0; i < items.size(); i++) {
            E one = found.get(i);
            if (version(one) != items.get(i).version() || !isPending(one)) {
                throw notPending(one, whyNotPending(one));
            }
        }
        found.forEach(one -> decideOne(one, approve, reason));
        ConcurrentChange.flushOr(em, changed -> {
            // Someone decided one of them between our read and our write: tell who, as for a stale list.
            E lost = lost(changed, found);
            return notPending(lost, decidedMeanwhile(lost));
        });
    }

    /** Whether the item is in the queue of the organization (and sector) the person decides for. */
    protected abstract boolean belongs(E item);

    protected abstract long version(E item);

    protected abstract boolean isPending(E item);

    protected abstract void decideOne(E item, boolean approve, String reason);

    protected abstract RuleViolation nothingChosen();

    /** {@code item} null, unknown or someone else's: the same answer, so ids of other queues are not confirmed. */
    protected abstract RuleViolation notHere(S item);

    protected abstract RuleViolation chosenTwice();

    /** What happened to an item that changed since the list was shown, as its history reads now. */
    protected abstract String whyNotPending(E item);

    /** What happened to an item decided by someone else between this decision's read and its write. */
    protected abstract String decidedMeanwhile(E item);

    protected abstract RuleViolation notPending(E item, String why);

    /** The item the failed write was about; the first one when the provider does not say. */
    protected E lost(Object entity, List<E> items) {
        for (E item : items) {
            if (item == entity) {
                return item;
            }
        }
        return items.get(0);
    }
}
