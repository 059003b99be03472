package org.focalpoint.mailbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IncomingMailTest {

    private static final String WRITTEN = """
            From: Mikko Virtanen <mikko.virtanen@fjordnet.test>
            To: tsbdir@itu.int
            Subject: Automatic approval
            Date: Mon, 4 May 2026 09:12:00 +0300
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8

            On behalf of Fjordnet Oy, we wish to opt in to automatic approval.
            """;

    private static IncomingMail delivered(String trace, String message, String lineEnd) {
        return IncomingMail.of((trace + message).replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }

    @Test
    void aMessageWithoutMessageIdDeliveredTwiceHasOneDigestWhateverEachDeliveryAdded() {
        IncomingMail first = delivered("""
                Return-Path: <mikko.virtanen@fjordnet.test>
                Delivered-To: tsbdir@itu.int
                Received: from mx1.fjordnet.test (mx1.fjordnet.test [192.0.2.10])
                \tby mail.itu.int with ESMTPS id 4F2A; Mon, 4 May 2026 09:12:03 +0300
                X-Spam-Score: 0.1
                """, WRITTEN, "\n");
        IncomingMail second = delivered("""
                Return-Path: <bounces@relay.fjordnet.test>
                X-Original-To: director@itu.int
                Delivered-To: director@itu.int
                Received: from relay.fjordnet.test ([198.51.100.7]) by backup-mx.itu.int; Mon, 4 May 2026 09:40:51 +0300
                Received: from mx1.fjordnet.test by relay.fjordnet.test; Mon, 4 May 2026 09:40:50 +0300
                Authentication-Results: mail.itu.int; spf=pass
                ARC-Seal: i=1; a=rsa-sha256; cv=none
                """, WRITTEN, "\r\n");

        assertNull(first.messageId());
        assertEquals(first.digest(), second.digest());
    }

    @Test
    void whatTheSenderWroteCountsInTheHeaderAsInTheBody() {
        IncomingMail original = delivered("", WRITTEN, "\n");
        assertNotEquals(original.digest(), delivered("", WRITTEN.replace("opt in", "opt out"), "\n").digest());
        assertNotEquals(original.digest(), delivered("", WRITTEN.replace("Subject: Automatic approval",
                "Subject: Automatic approval, again"), "\n").digest());
        assertNotEquals(original.digest(), delivered("", WRITTEN.replace("09:12:00", "11:30:00"), "\n").digest(),
                "the same text sent again later is another message");
    }

    @Test
    void aMessageOverTheLimitIsKnownByItsHeadersAndSizeWhateverTheTrace() {
        String headers = WRITTEN.substring(0, WRITTEN.indexOf("\n\n"));
        IncomingMail first = IncomingMail.headersOnly("Received: by mx1\n" + headers, 30_000_000, Instant.EPOCH, 10_000_000);
        IncomingMail second = IncomingMail.headersOnly("Received: by mx2\n" + headers, 30_000_000, Instant.EPOCH, 10_000_000);
        assertEquals(first.digest(), second.digest());
        assertNotEquals(first.digest(),
                IncomingMail.headersOnly(headers, 31_000_000, Instant.EPOCH, 10_000_000).digest());
    }
}
