package org.focalpoint.words;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The patterns that replaced English the beans built write exactly what the beans wrote: counts
 * without grouping where a size or a duration had none, and rounding half up as String.format did.
 */
class BeanWordsTest {

    private static final Words PAGES = new Words("org.focalpoint.words.pages", BeanWordsTest.class.getClassLoader());

    @Test
    void sizesReadAsBefore() {
        assertEquals("1023 bytes", text("staff-mailbox-item.size-bytes", 1023L));
        assertEquals("1.3 kB", text("staff-mailbox-item.size-kb", 1280 / 1024.0));
        assertEquals("1024.0 kB", text("staff-mailbox-item.size-kb", 1048575 / 1024.0));
        assertEquals("2.5 MB", text("staff-mailbox-item.size-mb", 2.5));
    }

    @Test
    void durationsReadAsBefore() {
        assertEquals("59 s", text("staff-nightly.seconds", 59L));
        assertEquals("125 min 5 s", text("staff-nightly.minutes-seconds", 125L, 5L));
    }

    @Test
    void waitingMessagesAreCountedInWords() {
        assertEquals("No message is waiting for a decision.", text("staff-mailbox.waiting", 0L));
        assertEquals("1 message is waiting for a decision.", text("staff-mailbox.waiting", 1L));
        assertEquals("3 messages are waiting for a decision.", text("staff-mailbox.waiting", 3L));
    }

    @Test
    void rolesAreSeparatedByACommaAndASpace() {
        assertEquals("TIES Focal Point, DFP ITU-T", text("contacts.role-ties-focal-point")
                + text("contacts.role-separator") + text("contacts.role-dfp", "ITU-T"));
    }

    private static String text(String key, Object... arguments) {
        return PAGES.text(Words.ENGLISH, key, arguments);
    }
}
