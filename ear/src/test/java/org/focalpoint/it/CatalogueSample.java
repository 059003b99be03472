package org.focalpoint.it;

import org.focalpoint.shop.Availability;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated catalogue for the search's tests and benchmark, as plain data: publications on two
 * topics (broadband networks, spectrum management) in the six languages, one to three editions
 * each over the languages, formats, prices and availability, a word of this run's in every title
 * (the database is shared between runs), product numbers of this run's. Tests compute what a
 * search should find from this data, not from the index.
 */
public record CatalogueSample(String tag, List<Item> items) {

    public record Item(String productNumber, String title, String abstractText, String keywords, EditionLanguage language,
                       ShopCategory category, String series, int year, Instant createdAt, Topic topic,
                       List<EditionItem> editions) {
    }

    public record EditionItem(EditionLanguage language, EditionFormat format, BigDecimal price, Availability availability,
                              String title) {

        boolean free() {
            return price.signum() == 0;
        }
    }

    public enum Topic { BROADBAND, SPECTRUM }

    static final Map<Topic, Map<EditionLanguage, String>> TITLES = Map.of(
            Topic.BROADBAND, Map.of(
                    EditionLanguage.ENGLISH, "Broadband networks for rural areas",
                    EditionLanguage.FRENCH, "Réseaux à large bande des zones rurales",
                    EditionLanguage.SPANISH, "Redes de banda ancha en zonas rurales",
                    EditionLanguage.RUSSIAN, "Широкополосные сети в сельских районах",
                    EditionLanguage.ARABIC, "الشبكات العريضة النطاق في المناطق الريفية",
                    EditionLanguage.CHINESE, "农村地区的宽带网络"),
            Topic.SPECTRUM, Map.of(
                    EditionLanguage.ENGLISH, "Spectrum management for regulators",
                    EditionLanguage.FRENCH, "Gestion du spectre pour les régulateurs",
                    EditionLanguage.SPANISH, "Gestión del espectro para reguladores",
                    EditionLanguage.RUSSIAN, "Управление радиочастотным спектром",
                    EditionLanguage.ARABIC, "إدارة الطيف الترددي للهيئات التنظيمية",
                    EditionLanguage.CHINESE, "监管机构的频谱管理"));

    static final Map<EditionLanguage, String> ABSTRACTS = Map.of(
            EditionLanguage.ENGLISH, "A practical guide to planning, financing and operating telecommunication infrastructure.",
            EditionLanguage.FRENCH, "Un guide pratique pour planifier, financer et exploiter les infrastructures de télécommunication.",
            EditionLanguage.SPANISH, "Una guía práctica para planificar, financiar y explotar la infraestructura de telecomunicaciones.",
            EditionLanguage.RUSSIAN, "Практическое руководство по планированию и эксплуатации телекоммуникационной инфраструктуры.",
            EditionLanguage.ARABIC, "دليل عملي لتخطيط البنية التحتية للاتصالات وتمويلها وتشغيلها.",
            EditionLanguage.CHINESE, "规划、融资和运营电信基础设施的实用指南。");

    private static final EditionLanguage[] LANGUAGES = EditionLanguage.values();
    private static final EditionFormat[] FORMATS = EditionFormat.values();
    private static final ShopCategory[] CATEGORIES = ShopCategory.values();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** So many publications, with a tag and product numbers of their own. */
    public static CatalogueSample generate(int publications) {
        String tag = "run" + (100_000 + RANDOM.nextInt(900_000));
        long firstNumber = 400_000_000L + (long) RANDOM.nextInt(5_000) * 100_000L; // clear of the benchmark's 300,000,000 on
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < publications; i++) {
            EditionLanguage language = LANGUAGES[i % 6];
            Topic topic = Topic.values()[(i / 6) % 2];
            List<EditionItem> editions = new ArrayList<>();
            for (int j = 0; j < 1 + (i % 9) / 3; j++) {
                EditionLanguage editionLanguage = LANGUAGES[(i + j) % 6];
                BigDecimal price = i % 5 == 0 && j == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(10L * (1 + (i + j) % 7) + (j == 1 ? 0.5 : 0));
                Availability availability = j == 2 ? Availability.OUT_OF_PRINT
                        : i % 4 == 3 && j == 1 ? Availability.FORTHCOMING : Availability.AVAILABLE;
                editions.add(new EditionItem(editionLanguage, FORMATS[(i + 2 * j) % 3], price, availability,
                        j == 0 ? null : TITLES.get(topic).get(editionLanguage) + " " + tag));
            }
            items.add(new Item(Long.toString(firstNumber + i), TITLES.get(topic).get(language) + " " + tag,
                    ABSTRACTS.get(language), tag + " " + topic.name().toLowerCase(), language, CATEGORIES[i % 4],
                    i % 3 == 0 ? "Handbooks" : i % 3 == 1 ? "Reports" : null, 2015 + i % 8, created.plusSeconds(i),
                    topic, editions));
        }
        return new CatalogueSample(tag, items);
    }

    /** The day a forthcoming edition of the sample is expected. */
    static LocalDate expectedOn() {
        return LocalDate.of(2031, 1, 15);
    }
}
