package org.focalpoint.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingDecisionsTest {

    /** A stored item of a made-up queue: in the queue when {@code mine}, waiting when {@code pending}. */
    record Item(long id, long version, boolean mine, boolean pending) {
    }

    record Line(Long itemId, long version) implements Seen {
    }

    private final Map<Long, Item> stored = Map.of(
            1L, new Item(1, 3, true, true),
            2L, new Item(2, 5, true, true),
            3L, new Item(3, 1, false, true),
            4L, new Item(4, 2, true, false));

    private final List<Long> decided = new ArrayList<>();

    private Object raced;

    @Test
    void decidesEveryItemChosen() {
        kind().decide(flushing(), List.of(new Line(1L, 3), new Line(2L, 5)), true, null);
        assertEquals(List.of(1L, 2L), decided);
    }

    @Test
    void nothingChosenIsRefused() {
        assertEquals("none", refusal(List.of()));
        assertEquals("none", refusal(null));
    }

    @Test
    void anUnknownOrForeignItemRefusesTheWholeLotAlike() {
        assertEquals("not here 99", refusal(List.of(new Line(1L, 3), new Line(99L, 1))));
        assertEquals("not here 3", refusal(List.of(new Line(1L, 3), new Line(3L, 1))));
        assertEquals("not here null", refusal(List.of(new Line(null, 1))));
        assertTrue(decided.isEmpty());
    }

    @Test
    void anItemChosenTwiceIsRefused() {
        assertEquals("twice", refusal(List.of(new Line(1L, 3), new Line(1L, 3))));
    }

    @Test
    void anItemChangedSinceTheListWasShownOrNoLongerWaitingRefusesAllSayingWhy() {
        assertEquals("1 not pending: history of 1", refusal(List.of(new Line(2L, 5), new Line(1L, 2))));
        assertEquals("4 not pending: history of 4", refusal(List.of(new Line(1L, 3), new Line(4L, 2))));
        assertTrue(decided.isEmpty());
    }

    @Test
    void anItemDecidedByAnotherBetweenReadAndWriteIsNamed() {
        raced = stored.get(2L);
        assertEquals("2 not pending: decided meanwhile 2", refusal(List.of(new Line(1L, 3), new Line(2L, 5))));
    }

    @Test
    void aReasonToRejectIsTrimmedRequiredAndBounded() {
        Supplier<RuleViolation> none = () -> new RuleViolation("delegation.reason-required");
        assertEquals("too late", PendingDecisions.reasonToReject("  too late ", none));
        assertEquals("decisions.reason-too-long", assertThrows(RuleViolation.class,
                () -> PendingDecisions.reasonToReject("x".repeat(PendingDecisions.REASON_MAX + 1), none)).key());
        assertEquals("delegation.reason-required",
                assertThrows(RuleViolation.class, () -> PendingDecisions.reasonToReject("  ", none)).key());
    }

    private String refusal(List<Line> items) {
        return assertThrows(Refused.class, () -> kind().decide(flushing(), items, true, null)).getMessage();
    }

    /** An EntityManager over {@link #stored} whose flush fails on {@link #raced} as a lost optimistic lock would. */
    private EntityManager flushing() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("find")) {
                        return stored.get((Long) arguments[1]);
                    }
                    if (method.getName().equals("flush") && raced != null) {
                        throw new OptimisticLockException(raced);
                    }
                    return null;
                });
    }

    /** Refusals of the made-up queue carry plain text, so the test reads which one came. */
    static final class Refused extends RuntimeException {
        Refused(String text) {
            super(text);
        }
    }

    private PendingDecisions<Line, Item> kind() {
        return new PendingDecisions<>(Item.class) {

            @Override
            protected boolean belongs(Item item) {
                return item.mine();
            }

            @Override
            protected long version(Item item) {
                return item.version();
            }

            @Override
            protected boolean isPending(Item item) {
                return item.pending();
            }

            @Override
            protected void decideOne(Item item, boolean approve, String reason) {
                decided.add(item.id());
            }

            @Override
            protected RuleViolation nothingChosen() {
                throw new Refused("none");
            }

            @Override
            protected RuleViolation notHere(Line item) {
                throw new Refused("not here " + (item == null ? "no line" : item.itemId()));
            }

            @Override
            protected RuleViolation chosenTwice() {
                throw new Refused("twice");
            }

            @Override
            protected String whyNotPending(Item item) {
                return "history of " + item.id();
            }

            @Override
            protected String decidedMeanwhile(Item item) {
                return "decided meanwhile " + item.id();
            }

            @Override
            protected RuleViolation notPending(Item item, String why) {
                throw new Refused(item.id() + " not pending: " + why);
            }
        };
    }
}
