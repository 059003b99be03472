package org.focalpoint.mailbox.reading;

/**
 * Undoes format=flowed (RFC 3676): a line ending in a space continues on the next one. Without
 * this a signature's lines and a paragraph's wrapped lines look alike.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean signatureSeparator = line.equals("-- ");
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing
            }
            boolean soft = !signatureSeparator && line.endsWith(" ") && i < lines.length - 1;
            if (soft && deleteSpace) {
                line = line.substring(0, line.length() - 1);
            }
            out.append(line);
            if (!soft && i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
