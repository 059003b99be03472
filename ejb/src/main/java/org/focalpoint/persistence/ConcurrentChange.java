package org.focalpoint.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.focalpoint.RuleViolation;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Someone else changed a row between our read and our write: the person is refused, with the
 * reason the service gives, and may look again. Flushing before the commit is what lets the
 * service say so; at the commit the same conflict would reach the page as a failure.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static void flushOr(EntityManager em, Supplier<RuleViolation> refusal) {
        flushOr(em, changed -> refusal.get());
    }

    /**
     * For a refusal that names what was changed meanwhile: {@code refusal} is given the entity the
     * persistence provider names, or null when it names none.
     */
    public static void flushOr(EntityManager em, Function<Object, RuleViolation> refusal) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw refusal.apply(e.getEntity());
        }
    }
}
