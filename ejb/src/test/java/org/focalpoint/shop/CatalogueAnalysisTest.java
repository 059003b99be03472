package org.focalpoint.shop;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import static org.focalpoint.shop.CatalogueShelf.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each language's analysis, as a reader meets it: what they type finds what the catalogue says. */
class CatalogueAnalysisTest {

    private static CatalogueIndex index;

    @BeforeAll
    static void shelve() throws IOException {
        index = CatalogueShelf.index();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<Long> found(String text) {
        return index.search(words(text)).hits().stream().map(CatalogueHit::publicationId).toList();
    }

    private static String marked(List<Marked> pieces) {
        return pieces.stream().map(piece -> piece.matched() ? "[" + piece.text() + "]" : piece.text())
                .collect(Collectors.joining());
    }

    @Test
    void aFrenchQueryWithoutAccentsFindsTheAccentedTitle() {
        assertEquals(List.of(ECONOMICS), found("economie des telecommunications"));
        assertEquals(List.of(ECONOMICS), found("ÉCONOMIE"));
    }

    @Test
    void anEditionsOwnTitleIsFoundInItsLanguageAndShownMarked() {
        CatalogueHits hits = index.search(words("reseaux developpement"));
        assertEquals(List.of(MOBILE), hits.hits().stream().map(CatalogueHit::publicationId).toList());
        assertEquals("[Réseaux] mobiles pour les pays en [développement]", marked(hits.hits().get(0).title()));
    }

    @Test
    void aRussianInflectedFormFindsItsStem() {
        assertEquals(List.of(NETWORKS_RU), found("сетей"));
        assertEquals(List.of(NETWORKS_RU), found("поколений"));
    }

    @Test
    void russianYoIsFoundAsYeAndShortIStaysApart() {
        assertEquals(List.of(NETWORKS_RU), found("объем"));
        assertEquals(List.of(NETWORKS_RU), found("ёмкость"));
        assertEquals(List.of(NETWORKS_RU), found("емкость"));
        assertEquals(List.of("сет", "связ"), SearchWords.analyse(new LanguageAnalyzers().of(EditionLanguage.RUSSIAN), "сети связи"));
        assertEquals(List.of("район"), SearchWords.analyse(new LanguageAnalyzers().of(EditionLanguage.RUSSIAN), "район"),
                "й is not folded into и");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ادارة الطيف", "إدارة الطيف", "إِدارة الطَّيْف", "أدارة الطيف", "ادارة الطـيف"})
    void anArabicQueryWithOrWithoutDiacriticsAndAlefVariantsFindsTheSame(String typed) {
        assertEquals(List.of(SPECTRUM_AR), found(typed));
    }

    @Test
    void aChinesePhraseWithoutSpacesFindsTheTitleContainingIt() {
        assertEquals(List.of(REPORT_ZH), found("电信联盟"));
        assertEquals(List.of(REPORT_ZH), found("年度报告"));
        CatalogueHit hit = index.search(words("电信联盟")).hits().get(0);
        assertEquals("国际[电信联盟]年度报告", marked(hit.title()));
    }

    @Test
    void aOneLetterTypoStillFinds() {
        assertEquals(List.of(MOBILE), found("netwroks"));
        assertEquals(List.of(MOBILE), found("mobile netwrks"));
        assertEquals(List.of(ECONOMICS), found("telecomunications"));
        assertEquals(List.of(ECONOMICS), found("economei"), "a typo at the end, which the stemmer would cut otherwise");
        assertEquals(List.of(MOBILE, ECONOMICS), found("reseuax"), "in a title, then in an abstract");
        assertEquals(List.of(NETWORKS_RU), found("поколенея"));
        assertEquals(List.of(SPECTRUM_ES), found("espectre"));
        assertEquals(List.of(), found("ntwrks"), "two letters off is another word");
    }

    @Test
    void theTypoIsMarkedWhereItsWordWasFound() {
        CatalogueHit hit = index.search(words("netwroks")).hits().get(0);
        assertEquals("Mobile [networks] for developing countries", marked(hit.title()));
        assertEquals("[Économie] des télécommunications", marked(index.search(words("economei")).hits().get(0).title()));
    }

    @Test
    void theProductNumberFindsExactlyItsPublication() {
        assertEquals(List.of(ECONOMICS), found("100000002"));
        assertEquals(List.of(ECONOMICS), found(" 100000002 "));
        assertEquals(List.of(), found("100000009"));
    }

    @Test
    void everyWordMustBeFound() {
        assertEquals(List.of(MOBILE), found("mobile rural"));
        assertEquals(List.of(), found("mobile spectrum"));
    }

    @Test
    void aTitleWeighsMoreThanAnAbstract() {
        assertEquals(List.of(ECONOMICS, MOBILE), found("economics"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "title:(mobile AND", "mobile~2 OR *:*", "\\", "[a TO z]", "+-&&||!(){}^\"~*?:/",
            "   ", "", "\u0000", "\uD83D\uDE00 emoji", "a*b?c", "NOT", "AND OR NOT"})
    void oddInputNeverThrows(String typed) {
        assertDoesNotThrow(() -> index.search(words(typed)));
    }

    @Test
    void aVeryLongTextNeverThrows() {
        assertDoesNotThrow(() -> index.search(words("a".repeat(10_000))));
        assertDoesNotThrow(() -> index.search(words("mobile ".repeat(3_000))));
        assertDoesNotThrow(() -> index.search(words("电信".repeat(6_000))));
        assertDoesNotThrow(() -> index.search(words("réseaux".repeat(2_000) + " " + "x".repeat(20_000))));
    }

    @Test
    void nothingToSearchListsEverything() {
        assertEquals(6, index.search(words("")).total());
        assertEquals(6, index.search(words("\"")).total());
    }
}
