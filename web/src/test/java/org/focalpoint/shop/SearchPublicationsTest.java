package org.focalpoint.shop;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchPublicationsTest {

    @Test
    void aFoundTextIsEscapedPieceByPieceItsMatchedWordsMarked() {
        assertEquals("&lt;b&gt; &amp; <mark>R&amp;D</mark> &quot;x&quot; &#39;y&#39; <mark>réseaux</mark>",
                SearchPublications.markup(List.of(new Marked("<b> & ", false), new Marked("R&D", true),
                        new Marked(" \"x\" 'y' ", false), new Marked("réseaux", true))));
    }

    @Test
    void aTextWithNothingMatchedIsOnlyEscaped() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;",
                SearchPublications.markup(List.of(new Marked("<script>alert(1)</script>", false))));
    }
}
