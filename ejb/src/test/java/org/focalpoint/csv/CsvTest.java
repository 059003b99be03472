package org.focalpoint.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`=HYPERLINK(\"http://x\")` | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+1          | '+1",
            "-2+3        | '-2+3",
            "@SUM(A1)    | '@SUM(A1)",
            "=1+1        | '=1+1",
            "Ada         | Ada",
            "Zoë Ørsted  | Zoë Ørsted",
            "Smith, Jr.  | `\"Smith, Jr.\"`",
            "`say \"hi\"` | `\"say \"\"hi\"\"\"`",
            "a-b         | a-b",
            "1+1         | 1+1",
    })
    void aCellIsNeutralizedAndQuotedAsASpreadsheetNeeds(String typed, String written) {
        assertEquals(written, Csv.cell(typed));
    }

    @Test
    void tabsCarriageReturnsAndLineBreaksAreNeitherFormulasNorNewRows() {
        assertEquals("'\t=1", Csv.cell("\t=1"));
        assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
        assertEquals("\"line one\nline two\"", Csv.cell("line one\nline two"));
        assertEquals("\"'-x,\ny\"", Csv.cell("-x,\ny"));
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertEquals("", Csv.cell(null));
        assertEquals("", Csv.cell(""));
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = new Csv().row("Name", "E-mail").row("Zoë", null).row("=cmd", "a,b").bytes();
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        assertEquals("\uFEFFName,E-mail\r\nZoë,\r\n'=cmd,\"a,b\"\r\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
