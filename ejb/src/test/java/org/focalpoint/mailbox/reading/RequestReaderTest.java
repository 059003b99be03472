package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestReaderTest {

    private static final String SIGNED = "\n\nRegards,\nJane Doe\nHead of Standards\nExample Telecom Ltd";

    @Test
    void aRequestInTheSubjectOnlyIsLessSureAndWithAnEmptyBodyLeastSure() {
        RequestReading subjectOnly = RequestReader.read("Opt out - Example Telecom", "Please proceed as per subject." + SIGNED);
        assertEquals(RequestKind.OPT_OUT, subjectOnly.kind());
        assertEquals(Confidence.MEDIUM, subjectOnly.confidence());
        assertTrue(subjectOnly.reasons().contains("The request is only in the subject"));

        RequestReading emptyBody = RequestReader.read("Opt-in for Example Telecom Ltd", "");
        assertEquals(RequestKind.OPT_IN, emptyBody.kind());
        assertEquals(Confidence.LOW, emptyBody.confidence());
        assertEquals("Example Telecom Ltd", emptyBody.organizationAsWritten());
        assertEquals(MentionedOrganization.Where.SUBJECT, emptyBody.organizations().get(0).where());
    }

    @Test
    void nothingAskedIsEmptyOrNoRequest() {
        assertEquals(UnreadableReason.EMPTY, RequestReader.read("", "  \n ").unreadable());
        assertEquals(UnreadableReason.EMPTY, RequestReader.read(null, null).unreadable());
        RequestReading none = RequestReader.read("Hello", "How are you?");
        assertEquals(UnreadableReason.NO_REQUEST, none.unreadable());
        assertNull(none.kind());
        assertEquals(Confidence.LOW, none.confidence());
    }

    @Test
    void theBodyDecidesOverTheSubject() {
        RequestReading reading = RequestReader.read("Opt-in / opt-out", "On behalf of Example Telecom Ltd, we wish to opt out." + SIGNED);
        assertEquals(RequestKind.OPT_OUT, reading.kind());
        assertEquals(Confidence.HIGH, reading.confidence());
    }

    @Test
    void theSectorIsItuTUnlessAnotherIsNamedAndNoneWhenSeveralAre() {
        assertEquals(Sector.ITU_T, RequestReader.read("x", "We wish to opt in." + SIGNED).sector());
        assertEquals(Sector.ITU_R, RequestReader.read("x", "We wish to opt in for ITU-R meetings." + SIGNED).sector());
        assertEquals(Sector.ITU_D, RequestReader.read("Opt in (UIT-D)", "Nous souhaitons adhérer à l'approbation automatique." + SIGNED).sector());
        assertEquals(Sector.ITU_D, RequestReader.read("x", "I am writing to you with respect to the enabling of automatic approval of "
                + "registration requests for ITU-T statutory events as described in TSB Circular 118.\n\nWe wish to opt in for "
                + "ITU-D statutory events." + SIGNED).sector(), "the annex's opening line names ITU-T whatever is asked");
        RequestReading several = RequestReader.read("x", "We wish to opt in for ITU-R and ITU-D." + SIGNED);
        assertNull(several.sector());
        assertEquals(Confidence.LOW, several.confidence());
        assertTrue(several.reasons().contains("Several sectors are named (ITU-R, ITU-D): staff choose"));
    }

    @Test
    void aReplyQuotingOurAcknowledgementAsksNothingNewEvenIfTheSubjectSaysOptIn() {
        RequestReading reading = RequestReader.read("Re: [TSB-OPT-9] Opt in confirmed",
                "Thanks!\n\nOn Mon, 2 Mar 2026 at 15:00, TSB <tsbdir@itu.int> wrote:\n> Your request read:\n> > we wish to opt in");
        assertEquals(UnreadableReason.REPLY_TO_ACKNOWLEDGEMENT, reading.unreadable());
        assertEquals("TSB-OPT-9", reading.acknowledgement());
    }

    @Test
    void aForwardOfOurAcknowledgementAsksNothingNew() {
        RequestReading reading = RequestReader.read("Fwd: confirmation",
                "FYI\n\n---------- Forwarded message ---------\nFrom: TSB <tsbdir@itu.int>\nSubject: [TSB-OPT-9] confirmed\n\n"
                        + "Reference: TSB-OPT-9\nYour request to opt in has been confirmed.");
        assertEquals(UnreadableReason.REPLY_TO_ACKNOWLEDGEMENT, reading.unreadable());
    }

    @Test
    void aQuotedRequestOfSomeoneElseCountsButLeastSurely() {
        RequestReading reading = RequestReader.read("Re: automatic approval",
                "Go ahead.\n\nOn Thu, 23 Apr 2026 at 16:00, Office <office@example.org> wrote:\n> We wish to opt in.");
        assertEquals(RequestKind.OPT_IN, reading.kind());
        assertEquals(Confidence.LOW, reading.confidence());
    }

    @Test
    void theOrganizationsAreListedStatementFirstThenSignatureThenSubject() {
        RequestReading reading = RequestReader.read("Opt-in - Nordlicht Networks",
                "On behalf of Acme Wireless Inc., I wish to opt in." + SIGNED);
        assertEquals(List.of("Acme Wireless Inc.", "Example Telecom Ltd", "Head of Standards", "Nordlicht Networks"),
                reading.organizations().stream().map(MentionedOrganization::asWritten).toList());
    }

    @Test
    void genericWordsAndPlaceholdersNameNoOrganization() {
        assertEquals(List.of(), RequestReader.read("x", "On behalf of my organization, I wish to opt in.").organizations());
        RequestReading placeholder = RequestReader.read("x", "On behalf of [member organization], I wish to opt in.");
        assertEquals(List.of(), placeholder.organizations());
        assertTrue(placeholder.reasons().contains("The annex's \"[member organization]\" placeholder was left unfilled"));
    }

    @Test
    void aLooseParaphraseIsLessSure() {
        RequestReading reading = RequestReader.read("x",
                "Please disable, for all of our delegates to every ITU-T meeting, the automatic approval." + SIGNED);
        assertEquals(RequestKind.OPT_OUT, reading.kind());
        assertEquals(Confidence.MEDIUM, reading.confidence());
    }

    @Test
    void hostileTextsAreReadWithoutOverflowingTheStackOrTakingLong() {
        // a repeating pattern recursing once per repetition would overflow on these
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            assertEquals(UnreadableReason.NO_REQUEST, RequestReader.read("x", "> ".repeat(100_000)).unreadable());
            assertEquals(RequestKind.OPT_IN, RequestReader.read("Re: ".repeat(200) + "opt in", "").kind());
            assertEquals(UnreadableReason.EMPTY, RequestReader.read("Re: ".repeat(10_000) + "opt in", "").unreadable(),
                    "a subject is read as far as a header line may run");
            assertEquals(UnreadableReason.NO_REQUEST, RequestReader.read("x", "on behalf of ".repeat(15_000)).unreadable());
            RequestReading long_ = RequestReader.read("x", "word ".repeat(50_000) + "We wish to opt in.");
            assertEquals(UnreadableReason.NO_REQUEST, long_.unreadable(), "a request past the first 50,000 characters is not read");
            assertTrue(long_.reasons().contains("Only the first 50000 characters of the text were read"), long_.reasons().toString());
        });
    }
}
