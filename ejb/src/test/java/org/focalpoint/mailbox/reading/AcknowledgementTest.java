package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AcknowledgementTest {

    @Test
    void theReferenceLeadsTheSubjectAndIsFoundAgainInAReply() {
        assertEquals("TSB-OPT-42", Acknowledgement.reference(42));
        String subject = Acknowledgement.subject(42, "Automatic approval: your request has been received");
        assertEquals("[TSB-OPT-42] Automatic approval: your request has been received", subject);
        assertEquals("TSB-OPT-42", Acknowledgement.referenceIn("Re: AW: " + subject));
        assertEquals("TSB-OPT-42", Acknowledgement.referenceIn("> Reference: tsb-opt-42\n> Dear"));
        assertNull(Acknowledgement.referenceIn("TSB Circular 118"));
        assertNull(Acknowledgement.referenceIn("XTSB-OPT-42"));
        assertNull(Acknowledgement.referenceIn(null));
    }
}
