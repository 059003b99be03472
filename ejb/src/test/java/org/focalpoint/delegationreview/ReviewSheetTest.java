package org.focalpoint.delegationreview;

import org.focalpoint.events.RegistrationState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewSheetTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 12, 1);
    private static final LocalDate ENDS = LocalDate.of(2026, 12, 4);

    @Test
    void eachTiesUserIsListedWithEachUpcomingRegistrationOrAloneAndCountedOnce() {
        ReviewSheet sheet = new ReviewSheet();
        sheet.add(new ReviewLine(10, "Zoë", "Ørsted", "zoe@example.org", 100L, "SG17, Geneva", STARTS, ENDS,
                RegistrationState.AUTO_APPROVED));
        sheet.add(new ReviewLine(10, "Zoë", "Ørsted", "zoe@example.org", 101L, "TSAG", STARTS, ENDS,
                RegistrationState.PENDING_APPROVAL));
        sheet.add(new ReviewLine(11, "Ada", "Lovelace", "ada@example.org", null, null, null, null, null));

        assertEquals(2, sheet.users());
        assertEquals(2, sheet.registrations());
        assertEquals("\uFEFF"
                        + "Given name,Family name,E-mail,Event,Starts on,Ends on,Registration\r\n"
                        + "Zoë,Ørsted,zoe@example.org,\"SG17, Geneva\",2026-12-01,2026-12-04,Approved automatically\r\n"
                        + "Zoë,Ørsted,zoe@example.org,TSAG,2026-12-01,2026-12-04,Waiting for approval\r\n"
                        + "Ada,Lovelace,ada@example.org,,,,\r\n",
                new String(sheet.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void whatAPersonTypedIntoTheirNameNeverRunsAsAFormula() {
        ReviewSheet sheet = new ReviewSheet();
        sheet.add(new ReviewLine(12, "=HYPERLINK(\"http://x\")", "@SUM(A1)", "x@example.org", null, null, null, null,
                null));
        assertEquals("\uFEFF" + String.join(",", ReviewSheet.COLUMNS) + "\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),x@example.org,,,,\r\n",
                new String(sheet.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aMemberWithoutTiesUsersGetsTheHeaderOnly() {
        ReviewSheet sheet = new ReviewSheet();
        assertEquals(0, sheet.users());
        assertEquals(0, sheet.registrations());
        assertEquals("\uFEFF" + String.join(",", ReviewSheet.COLUMNS) + "\r\n",
                new String(sheet.bytes(), StandardCharsets.UTF_8));
    }
}
