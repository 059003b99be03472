package org.focalpoint.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConcurrentChangeTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aFlushThatGoesThroughIsNotRefused() {
        ConcurrentChange.flushOr(flushing(null), () -> new RuleViolation("mailbox.changed-meanwhile"));
        assertEquals(List.of("flush"), calls);
    }

    @Test
    void aRowChangedMeanwhileBecomesTheServicesRefusal() {
        RuleViolation refusal = new RuleViolation("mailbox.changed-meanwhile");
        EntityManager em = flushing(new OptimisticLockException("version moved"));
        assertSame(refusal, assertThrows(RuleViolation.class, () -> ConcurrentChange.flushOr(em, () -> refusal)));
        assertEquals(List.of("flush"), calls);
    }

    @Test
    void theRefusalIsToldWhichEntityWasChanged() {
        Object changed = new Object();
        EntityManager em = flushing(new OptimisticLockException("version moved", null, changed));
        List<Object> told = new ArrayList<>();
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ConcurrentChange.flushOr(em, entity -> {
            told.add(entity);
            return new RuleViolation("affiliations.already-decided");
        }));
        assertEquals("affiliations.already-decided", refused.key());
        assertEquals(List.of(changed), told);
    }

    @Test
    void otherPersistenceFailuresAreLeftToTheCaller() {
        PersistenceException other = new PersistenceException("unique constraint");
        EntityManager em = flushing(other);
        assertSame(other, assertThrows(PersistenceException.class,
                () -> ConcurrentChange.flushOr(em, () -> new RuleViolation("mailbox.changed-meanwhile"))));
    }

    /** No server runs in unit tests: an EntityManager whose flush fails with {@code failure}, if any. */
    private EntityManager flushing(RuntimeException failure) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (!method.getName().equals("flush")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    return null;
                });
    }
}
