package org.focalpoint.faces;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BufferedPagesTest {

    /** Remembers each write it is handed, to count them. */
    private static final class Counting extends Writer {
        final StringWriter text = new StringWriter();
        final List<Integer> writes = new ArrayList<>();

        @Override
        public void write(char[] chars, int offset, int length) {
            writes.add(length);
            text.write(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            writes.add(length);
            text.write(s, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void manySmallPiecesReachTheServerInOrderAndInFewWrites() throws IOException {
        Counting server = new Counting();
        BufferedPages.Pieces pieces = new BufferedPages.Pieces(server);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String piece = "<td>" + i + "</td>";
            pieces.write(piece, 0, piece.length());
            pieces.write('\n');
            expected.append(piece).append('\n');
        }
        assertTrue(server.writes.size() < 10, "gathered: " + server.writes.size() + " writes so far");
        pieces.flush();
        assertEquals(expected.toString(), server.text.toString());
        assertTrue(server.writes.size() <= expected.length() / BufferedPages.CHARACTERS + 1, server.writes.toString());
    }

    @Test
    void aPieceLargerThanTheArrayGoesOnWholeAfterWhatCameBefore() throws IOException {
        Counting server = new Counting();
        BufferedPages.Pieces pieces = new BufferedPages.Pieces(server);
        pieces.write("head", 0, 4);
        String large = "x".repeat(BufferedPages.CHARACTERS + 5);
        pieces.write(large.toCharArray(), 0, large.length());
        pieces.write("tail", 0, 4);
        pieces.flush();
        assertEquals("head" + large + "tail", server.text.toString());
    }

    @Test
    void whatARedirectOrAResetReplacesIsDropped() throws IOException {
        Counting server = new Counting();
        BufferedPages.Pieces pieces = new BufferedPages.Pieces(server);
        pieces.write("half a page", 0, 11);
        pieces.drop();
        pieces.write("the error page", 0, 14);
        pieces.flush();
        assertEquals("the error page", server.text.toString());
    }
}
