package org.focalpoint.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long e-mail address or domain may wrap in a narrow column: after its "@" and its dots,
 * never inside a word. A page writes each piece and a {@code <wbr/>} after it, so the text stays
 * escaped and copies as it is.
 */
@Named
@ApplicationScoped
public class BreakPoints {

    /** The pieces of {@code text}, each ending where a line may break; the text itself when it has none. */
    public List<String> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '.') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
