package org.focalpoint.mailbox.reading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every sample mail under {@code mails/} gives what {@code mails/expected.csv} says: the request
 * (or why it is unreadable), the organization matched, the sector, the period, the signatory and
 * the confidence.
 */
class SampleMailsTest {

    static Stream<Arguments> expectations() {
        return SampleMails.rows("expected.csv").stream()
                .map(row -> Arguments.of(row[0], String.join(" | ", java.util.Arrays.copyOfRange(row, 1, row.length))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachSampleMailReadsAsExpected(String file, String expected) {
        assertEquals(expected, actual(SampleMails.read(file)), () -> String.join("\n", SampleMails.read(file).reasons()));
    }

    /** The reading in the columns of expected.csv: outcome (QUOTED when only quoted text asks) | match | organization | sector | period | signatory | confidence. */
    static String actual(MailReading r) {
        RequestReading q = r.request();
        String outcome = r.isReadable() ? q.kind().name() + (q.quotedOnly() ? " QUOTED" : "") : "UNREADABLE " + r.unreadable();
        String organizations = r.organization().candidates().isEmpty() ? "-"
                : r.organization().candidates().stream().map(RegisteredOrganization::name).collect(Collectors.joining("; "));
        String sector = q.sector() == null ? "-" : q.sector().name();
        RequestedPeriod p = q.period();
        String period = p.until().name() + (p.from() == null ? "" : " from " + p.from())
                + (p.untilDate() == null ? "" : " to " + p.untilDate()) + (p.studyPeriod() == null ? "" : " sp " + p.studyPeriod());
        Signatory s = q.signatory();
        String signatory = s == null ? "-" : dash(s.name()) + " / " + dash(s.title()) + " / " + dash(s.organization());
        return String.join(" | ", outcome, r.organization().outcome().name(), organizations, sector, period, signatory,
                r.confidence().name());
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
