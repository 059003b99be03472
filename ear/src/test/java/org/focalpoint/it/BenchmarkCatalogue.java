package org.focalpoint.it;

import org.focalpoint.shop.Availability;
import org.focalpoint.shop.CatalogueQuery;
import org.focalpoint.shop.CatalogueSort;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The search benchmark's catalogue and queries, the same from the same seed in the server and in
 * the test's JVM: publications whose titles and abstracts are drawn from thirty words of the
 * trade, each in the six languages (Chinese written without spaces), three editions each; and a
 * mix of queries in the six languages, some with a typo, some a product number, some with a
 * filter or another order.
 */
final class BenchmarkCatalogue {

    static final String FIRST_NUMBER = "300000000";
    private static final long SEED = 17;

    /** Thirty concepts, each in Arabic, Chinese, English, French, Russian and Spanish (the enum's order). */
    private static final String[][] WORDS = {
            {"الشبكات", "网络", "networks", "réseaux", "сети", "redes"},
            {"الطيف", "频谱", "spectrum", "spectre", "спектр", "espectro"},
            {"العريض", "宽带", "broadband", "haut débit", "широкополосный", "banda ancha"},
            {"الساتل", "卫星", "satellite", "satellite", "спутник", "satélite"},
            {"المتنقلة", "移动", "mobile", "mobiles", "мобильные", "móviles"},
            {"الأمن", "安全", "security", "sécurité", "безопасность", "seguridad"},
            {"التنظيم", "监管", "regulation", "réglementation", "регулирование", "reglamentación"},
            {"التنمية", "发展", "development", "développement", "развитие", "desarrollo"},
            {"المعايير", "标准", "standards", "normes", "стандарты", "normas"},
            {"الراديو", "无线电", "radio", "radio", "радио", "radio"},
            {"الرقمية", "数字", "digital", "numérique", "цифровой", "digital"},
            {"الاقتصاد", "经济", "economics", "économie", "экономика", "economía"},
            {"الطوارئ", "应急", "emergency", "urgence", "чрезвычайных", "emergencia"},
            {"المناخ", "气候", "climate", "climat", "климат", "clima"},
            {"الألياف", "光纤", "fibre", "fibre", "волокно", "fibra"},
            {"الإنترنت", "互联网", "internet", "internet", "интернет", "internet"},
            {"الإحصاءات", "统计", "statistics", "statistiques", "статистика", "estadísticas"},
            {"دليل", "手册", "handbook", "manuel", "справочник", "manual"},
            {"تقرير", "报告", "report", "rapport", "доклад", "informe"},
            {"الريفية", "农村", "rural", "rurales", "сельских", "rurales"},
            {"السياسات", "政策", "policy", "politique", "политика", "política"},
            {"البنية", "基础设施", "infrastructure", "infrastructure", "инфраструктура", "infraestructura"},
            {"النفاذ", "无障碍", "accessibility", "accessibilité", "доступность", "accesibilidad"},
            {"الجودة", "质量", "quality", "qualité", "качество", "calidad"},
            {"التلفزيون", "电视", "television", "télévision", "телевидение", "televisión"},
            {"القياس", "测量", "measurement", "mesure", "измерение", "medición"},
            {"الانتشار", "传播", "propagation", "propagation", "распространение", "propagación"},
            {"الترقيم", "编号", "numbering", "numérotage", "нумерация", "numeración"},
            {"التعريفات", "资费", "tariffs", "tarifs", "тарифы", "tarifas"},
            {"الابتكار", "创新", "innovation", "innovation", "инновации", "innovación"}};

    private static final EditionLanguage[] LANGUAGES = EditionLanguage.values();
    private static final EditionFormat[] FORMATS = EditionFormat.values();
    private static final ShopCategory[] CATEGORIES = ShopCategory.values();
    private static final String[] SERIES = {"Handbooks", "Reports", "Recommendations", "Studies", "Manuals", "Guides"};

    private BenchmarkCatalogue() {
    }

    /** So many publications of three editions each, their product numbers from {@value #FIRST_NUMBER} on. */
    static List<CatalogueSample.Item> publications(int count) {
        Random random = new Random(SEED);
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<CatalogueSample.Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EditionLanguage language = LANGUAGES[i % 6];
            List<CatalogueSample.EditionItem> editions = new ArrayList<>();
            int firstFormat = random.nextInt(3);
            for (int j = 0; j < 3; j++) {
                // two editions of one language differ in format: one edition per language and format
                EditionLanguage editionLanguage = LANGUAGES[(i + j * (1 + i % 5)) % 6];
                BigDecimal price = random.nextInt(6) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(5 + random.nextInt(300));
                Availability availability = random.nextInt(10) == 0 ? Availability.OUT_OF_PRINT
                        : random.nextInt(8) == 0 ? Availability.FORTHCOMING : Availability.AVAILABLE;
                editions.add(new CatalogueSample.EditionItem(editionLanguage, FORMATS[(firstFormat + j) % 3], price, availability,
                        j == 0 || editionLanguage == language ? null : phrase(random, editionLanguage, 3 + random.nextInt(4))));
            }
            items.add(new CatalogueSample.Item(Long.toString(Long.parseLong(FIRST_NUMBER) + i),
                    phrase(random, language, 3 + random.nextInt(4)), phrase(random, language, 25 + random.nextInt(30)),
                    phrase(random, language, 3), language, CATEGORIES[random.nextInt(4)],
                    random.nextInt(4) == 0 ? null : SERIES[random.nextInt(SERIES.length)], 2000 + random.nextInt(27),
                    created.plusSeconds(i), CatalogueSample.Topic.values()[i % 2], editions));
        }
        return items;
    }

    /** A query of the mix: its words, a filter perhaps, an order, and the page's address for the same. */
    record Ask(String text, EditionLanguage language, EditionFormat format, ShopCategory category, CatalogueSort sort) {

        CatalogueQuery query() {
            return new CatalogueQuery(text, category == null ? Set.of() : Set.of(category), Set.of(),
                    language == null ? Set.of() : Set.of(language), format == null ? Set.of() : Set.of(format),
                    null, null, null, null, false, false, sort, 0, 20);
        }

        String pageQuery() {
            StringBuilder address = new StringBuilder("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            if (language != null) {
                address.append("&language=").append(language.name());
            }
            if (format != null) {
                address.append("&format=").append(format.name());
            }
            if (category != null) {
                address.append("&category=").append(category.name());
            }
            return address.append("&sort=").append(sort.name()).toString();
        }
    }

    /** So many queries, the six languages in turn. */
    static List<Ask> queries(int count, int publications) {
        Random random = new Random(SEED + 1);
        List<Ask> asks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EditionLanguage language = LANGUAGES[i % 6];
            String text;
            int kind = random.nextInt(20);
            if (kind == 0) {
                text = Long.toString(Long.parseLong(FIRST_NUMBER) + random.nextInt(publications));
            } else if (kind <= 2 && language != EditionLanguage.CHINESE) {
                text = typo(random, word(random, language));
            } else {
                text = phrase(random, language, 1 + random.nextInt(3));
            }
            int filter = random.nextInt(10);
            asks.add(new Ask(text,
                    filter == 0 ? LANGUAGES[random.nextInt(6)] : null,
                    filter == 1 ? FORMATS[random.nextInt(3)] : null,
                    filter == 2 ? CATEGORIES[random.nextInt(4)] : null,
                    filter == 3 ? CatalogueSort.NEWEST : filter == 4 ? CatalogueSort.PRICE_LOW_TO_HIGH : CatalogueSort.RELEVANCE));
        }
        return asks;
    }

    private static String phrase(Random random, EditionLanguage language, int words) {
        StringBuilder phrase = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0 && language != EditionLanguage.CHINESE) {
                phrase.append(' ');
            }
            phrase.append(word(random, language));
        }
        return phrase.toString();
    }

    private static String word(Random random, EditionLanguage language) {
        return WORDS[random.nextInt(WORDS.length)][language.ordinal()];
    }

    /** The word with two neighbouring letters swapped, past its first. */
    private static String typo(Random random, String word) {
        if (word.length() < 5 || word.contains(" ")) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char[] letters = word.toCharArray();
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }
}
