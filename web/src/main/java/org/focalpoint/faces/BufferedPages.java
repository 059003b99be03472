package org.focalpoint.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Gathers a page's characters before they reach the server's writer. Faces writes a page in
 * thousands of small pieces, and Undertow's writer wraps each piece in a buffer of its own before
 * encoding it: a search page made a megabyte of garbage that way, and the collections it caused
 * were the slowest requests' wait. Here the pieces are copied into one array and handed on in a
 * few large writes. Mapped in web.xml to the Faces servlet only.
 */
public class BufferedPages extends HttpFilter {

    /** Characters gathered before they are handed on: most pages fit in two or three such writes. */
    static final int CHARACTERS = 16 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Gathering gathering = new Gathering(response);
        try {
            chain.doFilter(request, gathering);
        } finally {
            gathering.handOn();
        }
    }

    /** The response, its writer gathering; what is reset or replaced by a redirect or an error is dropped. */
    static final class Gathering extends HttpServletResponseWrapper {

        private Pieces pieces;
        private PrintWriter writer;

        Gathering(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                pieces = new Pieces(super.getWriter());
                writer = new PrintWriter(pieces, false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            drop();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            drop();
            super.reset();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            drop();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            drop();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            drop();
            super.sendError(status);
        }

        private void drop() {
            if (pieces != null) {
                pieces.drop();
            }
        }

        void handOn() {
            if (writer != null) {
                writer.flush();
            }
        }
    }

    /** A writer that copies what it is given into one array and writes it on when full or flushed. */
    static final class Pieces extends Writer {

        private final Writer out;
        private final char[] gathered = new char[CHARACTERS];
        private int count;

        Pieces(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (count == gathered.length) {
                handOn();
            }
            gathered[count++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length >= gathered.length) {
                handOn();
                out.write(chars, offset, length);
                return;
            }
            if (length > gathered.length - count) {
                handOn();
            }
            System.arraycopy(chars, offset, gathered, count, length);
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length >= gathered.length) {
                handOn();
                out.write(text, offset, length);
                return;
            }
            if (length > gathered.length - count) {
                handOn();
            }
            text.getChars(offset, offset + length, gathered, count);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            handOn();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            handOn();
            out.close();
        }

        void drop() {
            count = 0;
        }

        private void handOn() throws IOException {
            if (count > 0) {
                out.write(gathered, 0, count);
                count = 0;
            }
        }
    }
}
