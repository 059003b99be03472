package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLayersTest {

    @Test
    void quotedLinesAreNotTheSendersOwnText() {
        TextLayers layers = TextLayers.of("Fine by me.\n> we wish to opt in\n> thanks\nTom", "Re: x");
        assertEquals("Fine by me.\nTom", layers.own());
        assertEquals("> we wish to opt in\n> thanks", layers.earlier());
        assertFalse(layers.forwarded());
    }

    @Test
    void replyHeadersInEnglishFrenchAndSpanishStartTheEarlierMessage() {
        for (String header : new String[] {"On Mon, 2 Mar 2026 at 15:00, TSB <tsbdir@itu.int> wrote:",
                "Le lun. 2 mars 2026 à 15:00, TSB <tsbdir@itu.int> a écrit :",
                "El lun, 2 mar 2026 a las 15:00, TSB (<tsbdir@itu.int>) escribió:",
                "-----Original Message-----", "-----Message d'origine-----", "-----Mensaje original-----"}) {
            TextLayers layers = TextLayers.of("Thanks.\n\n" + header + "\nold text", "Re: x");
            assertEquals("Thanks.", layers.own(), header);
            assertEquals("old text", layers.earlierBody(), header);
        }
    }

    @Test
    void aReplyHeaderWrappedOverTwoLinesIsRecognised() {
        TextLayers layers = TextLayers.of("Thanks.\nOn Mon, 2 Mar 2026 at 15:00, TSB Director\n<tsbdir@itu.int> wrote:\n> old", "Re: x");
        assertEquals("Thanks.", layers.own());
    }

    @Test
    void anOutlookHeaderBlockStartsTheEarlierMessage() {
        TextLayers layers = TextLayers.of("""
                Please see below.

                ________________________________
                From: Jane Doe <jane@example.org>
                Sent: Monday, March 2, 2026 9:00 AM
                To: Tom <tom@example.org>
                Subject: opt in

                We wish to opt in.""", "FW: opt in");
        assertEquals("Please see below.", layers.own());
        assertTrue(layers.forwarded());
        assertEquals("We wish to opt in.", layers.earlierBody());
        assertTrue(layers.earlierHeaders().startsWith("From: Jane Doe"));
    }

    @Test
    void forwardMarkersMakeTheEarlierMessageAForward() {
        for (String marker : new String[] {"---------- Forwarded message ---------", "Begin forwarded message:",
                "-------- Message transféré --------", "---------- Mensaje reenviado ----------"}) {
            TextLayers layers = TextLayers.of("FYI\n" + marker + "\nFrom: a@example.org\nSubject: x\n\nopt in", "x");
            assertTrue(layers.forwarded(), marker);
            assertEquals("opt in", layers.earlierBody(), marker);
        }
    }

    @Test
    void onBehalfOfIsNoReplyHeader() {
        TextLayers layers = TextLayers.of("On behalf of Example Telecom, we\nwish to opt in.", "x");
        assertEquals("On behalf of Example Telecom, we\nwish to opt in.", layers.own());
        assertEquals("", layers.earlier());
    }
}
