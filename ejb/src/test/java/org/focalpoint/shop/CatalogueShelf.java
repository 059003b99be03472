package org.focalpoint.shop;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A small catalogue in the six languages, indexed in memory, for the search's unit tests. */
final class CatalogueShelf {

    static final long MOBILE = 1;
    static final long ECONOMICS = 2;
    static final long NETWORKS_RU = 3;
    static final long SPECTRUM_AR = 4;
    static final long REPORT_ZH = 5;
    static final long SPECTRUM_ES = 6;

    private CatalogueShelf() {
    }

    static CatalogueIndex index() throws IOException {
        return index(new ByteBuffersDirectory());
    }

    static CatalogueIndex index(Directory directory) throws IOException {
        CatalogueIndex index = new CatalogueIndex(directory);
        index.put(List.of(
                publication(MOBILE, "100000001", EditionLanguage.ENGLISH, "Mobile networks for developing countries",
                        "How 5G mobile networks reach rural areas, and the economics of the operators who build them.",
                        "broadband; rural", ShopCategory.ITU_D, "Reports", 2023,
                        edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0", Availability.AVAILABLE, null),
                        edition(EditionLanguage.FRENCH, EditionFormat.PDF, "50", Availability.AVAILABLE,
                                "Réseaux mobiles pour les pays en développement"),
                        edition(EditionLanguage.SPANISH, EditionFormat.PRINT, "80", Availability.OUT_OF_PRINT, null)),
                publication(ECONOMICS, "100000002", EditionLanguage.FRENCH, "Économie des télécommunications",
                        "Les coûts et les tarifs des réseaux, et la régulation des marchés.", "tarifs",
                        ShopCategory.ITU_T, "Handbooks", 2021,
                        edition(EditionLanguage.FRENCH, EditionFormat.PRINT, "120", Availability.AVAILABLE, null),
                        edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "100", Availability.FORTHCOMING,
                                "Telecommunication economics")),
                publication(NETWORKS_RU, "100000003", EditionLanguage.RUSSIAN, "Сети связи следующего поколения",
                        "Объём данных в сетях растёт каждый год.", "ёмкость",
                        ShopCategory.ITU_T, "Handbooks", 2022,
                        edition(EditionLanguage.RUSSIAN, EditionFormat.PDF, "30", Availability.AVAILABLE, null)),
                publication(SPECTRUM_AR, "100000004", EditionLanguage.ARABIC, "إِدارة الطَّيف الترددي",
                        "دليل لإدارة الطيف على المستوى الوطني", null, ShopCategory.ITU_R, null, 2020,
                        edition(EditionLanguage.ARABIC, EditionFormat.PDF, "0", Availability.AVAILABLE, null)),
                publication(REPORT_ZH, "100000005", EditionLanguage.CHINESE, "国际电信联盟年度报告",
                        "本报告介绍了国际电信联盟的主要活动。", null, ShopCategory.GENERAL_SECRETARIAT, "Reports", 2024,
                        edition(EditionLanguage.CHINESE, EditionFormat.PDF, "20", Availability.AVAILABLE, null)),
                publication(SPECTRUM_ES, "100000006", EditionLanguage.SPANISH, "Gestión del espectro radioeléctrico",
                        "Una guía práctica; véase también la publicación 100000002.", "espectro",
                        ShopCategory.ITU_R, null, 2019,
                        edition(EditionLanguage.SPANISH, EditionFormat.PDF, "25", Availability.AVAILABLE, null),
                        edition(EditionLanguage.ENGLISH, EditionFormat.PRINT, "60", Availability.AVAILABLE,
                                "Spectrum management"))));
        index.commit();
        return index;
    }

    static IndexedPublication publication(long id, String number, EditionLanguage language, String title,
                                          String abstractText, String keywords, ShopCategory category, String series,
                                          int year, IndexedEdition... editions) {
        return new IndexedPublication(id, id * 10, number, title, null, abstractText, keywords, language, category,
                series, year, Instant.parse(year + "-03-01T10:00:00Z"), null, List.of(editions));
    }

    static IndexedEdition edition(EditionLanguage language, EditionFormat format, String chf, Availability availability,
                                  String title) {
        return new IndexedEdition(language, format, availability, new BigDecimal(chf).movePointRight(2).longValueExact(), title);
    }

    static CatalogueQuery words(String text) {
        return new CatalogueQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null,
                false, false, CatalogueSort.RELEVANCE, 0, 20);
    }
}
