package org.focalpoint.reminders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:30:00Z");
    private static final FollowUpRule RULE = new FollowUpRule(7, 14);
    private static final Set<FollowUpStage> NOTHING = EnumSet.noneOf(FollowUpStage.class);

    private static Optional<FollowUpStage> after(Duration waited, boolean hasFocalPoint, Set<FollowUpStage> done) {
        return RULE.due(NOW.minus(waited), NOW, hasFocalPoint, done);
    }

    @Test
    void aRequestYoungerThanTheReminderAgeIsLeftAlone() {
        assertEquals(Optional.empty(), after(Duration.ofDays(7).minusSeconds(1), true, NOTHING));
        assertEquals(Optional.empty(), after(Duration.ofDays(7).minusSeconds(1), false, NOTHING),
                "even without a focal point: it is not late yet");
    }

    @Test
    void theFocalPointIsRemindedOnceFromTheReminderAge() {
        assertEquals(Optional.of(FollowUpStage.REMINDED), after(Duration.ofDays(7), true, NOTHING));
        assertEquals(Optional.of(FollowUpStage.REMINDED), after(Duration.ofDays(13), true, NOTHING));
        assertEquals(Optional.empty(), after(Duration.ofDays(8), true, EnumSet.of(FollowUpStage.REMINDED)));
    }

    @Test
    void theSecretariatIsToldOnceFromTheEscalationAge() {
        assertEquals(Optional.of(FollowUpStage.ESCALATED),
                after(Duration.ofDays(14), true, EnumSet.of(FollowUpStage.REMINDED)));
        assertEquals(Optional.empty(), after(Duration.ofDays(40), true,
                EnumSet.of(FollowUpStage.REMINDED, FollowUpStage.ESCALATED)));
    }

    @Test
    void aRequestFirstSeenPastTheEscalationAgeGoesStraightToTheSecretariat() {
        assertEquals(Optional.of(FollowUpStage.ESCALATED), after(Duration.ofDays(15), true, NOTHING));
    }

    @Test
    void aRequestNoFocalPointCanDecideGoesToTheSecretariatAtTheReminderAge() {
        assertEquals(Optional.of(FollowUpStage.ESCALATED), after(Duration.ofDays(7), false, NOTHING));
        assertEquals(Optional.of(FollowUpStage.ESCALATED), after(Duration.ofDays(8), false,
                EnumSet.of(FollowUpStage.REMINDED)), "its focal point left after the reminder");
        assertEquals(Optional.empty(), after(Duration.ofDays(8), false, EnumSet.of(FollowUpStage.ESCALATED)));
    }

    @Test
    void settingsThatWouldNeverRemindAreRefusedWithTheirNames() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new FollowUpRule(7, 7));
        assertTrue(refused.getMessage().contains(FollowUpRule.ESCALATE_AFTER), refused.getMessage());
        assertThrows(RuleViolation.class, () -> new FollowUpRule(0, 14));
    }

    @Test
    void theDefaultsAreAWeekThenTwo() throws NoSuchFieldException {
        assertEquals(new FollowUpRule(7, 14), new FollowUpRule(defaultOf("remindAfterDays"), defaultOf("escalateAfterDays")));
    }

    private static int defaultOf(String setting) throws NoSuchFieldException {
        ConfigProperty property = FollowUpConfiguration.class.getDeclaredField(setting).getAnnotation(ConfigProperty.class);
        return Integer.parseInt(property.defaultValue());
    }
}
