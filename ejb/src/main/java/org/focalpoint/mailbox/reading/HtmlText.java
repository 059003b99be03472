package org.focalpoint.mailbox.reading;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The readable text of an HTML mail, with no markup left: a real parser rather than patterns,
 * because hostile HTML is written to slip through patterns. Scripts, styles and the head are
 * dropped; block elements and {@code <br>} become line breaks so that signatures keep their
 * lines; a {@code <blockquote>} becomes "&gt; " lines so that quoted replies are recognised as
 * in plain text. Iterative traversal, so deeply nested mail cannot overflow the stack.
 */
final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "template", "noscript",
            "iframe", "object", "embed", "svg", "math", "select", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "section", "article", "header", "footer", "address",
            "center", "form", "fieldset", "body", "html");

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", DROPPED)).remove();
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, document.body());
        return writer.text();
    }

    private static final class Writer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private boolean atLineStart = true;
        private boolean pendingSpace;
        private int quoteDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // a non-breaking space is a space to a reader, and to strip()
                write(text.getWholeText().replace('\u00a0', ' '), preDepth > 0);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                } else if (tag.equals("blockquote")) {
                    newLine();
                    quoteDepth++;
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = !atLineStart;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("blockquote")) {
                    newLine();
                    quoteDepth--;
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                }
            }
        }

        private void write(String text, boolean preformatted) {
            if (preformatted) {
                for (String piece : text.split("\n", -1)) {
                    writeWords(piece);
                    newLine();
                }
                return;
            }
            text = text.replaceAll("\\s+", " ");
            boolean leadingSpace = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
            String words = text.strip();
            if (words.isEmpty()) {
                pendingSpace = pendingSpace || !text.isEmpty();
                return;
            }
            if (leadingSpace) {
                pendingSpace = true;
            }
            writeWords(words);
            pendingSpace = Character.isWhitespace(text.charAt(text.length() - 1));
        }

        private void writeWords(String words) {
            if (words.isEmpty()) {
                return;
            }
            if (atLineStart) {
                out.append("> ".repeat(quoteDepth));
                atLineStart = false;
            } else if (pendingSpace) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(words);
        }

        private void newLine() {
            if (!atLineStart) {
                out.append('\n');
                atLineStart = true;
            }
            pendingSpace = false;
        }

        /** A {@code <br>} on an empty line is a blank line, as mail editors write them. */
        private void lineBreak() {
            if (atLineStart) {
                out.append(quoteDepth > 0 ? ">".repeat(quoteDepth) : "").append('\n');
            }
            newLine();
        }

        String text() {
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
