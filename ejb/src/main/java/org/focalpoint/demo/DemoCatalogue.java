package org.focalpoint.demo;

import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.focalpoint.shop.EditionFormat.*;
import static org.focalpoint.shop.EditionLanguage.*;
import static org.focalpoint.shop.ShopCategory.*;

/**
 * The demo shop's catalogue: about forty ITU publications over the four categories, in several
 * languages and formats, some free (the ITU-T Recommendations), some forthcoming, one out of print;
 * a few whose own texts are French, Spanish, Russian, Arabic or Chinese, so that search can be tried
 * in each language. Prices are in the range of ITU's, not its list.
 */
final class DemoCatalogue {

    /** The Radio Regulations' product number: its presence means the catalogue has been loaded. */
    static final String MARKER = "100043228";

    private static final EditionLanguage[] SIX = {ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH};
    private static final EditionLanguage[] THREE = {ENGLISH, FRENCH, SPANISH};

    private final Instant now;
    private final LocalDate today;
    private final List<Publication> publications = new ArrayList<>();
    /** ITU's ISBN prefix, 978-92-61-, and a running title number. */
    private int nextIsbn = 30011;

    private DemoCatalogue(Instant now, LocalDate today) {
        this.now = now;
        this.today = today;
    }

    /** The publications with their editions, not yet persisted; the newest added last. */
    static List<Publication> create(Instant now, LocalDate today) {
        DemoCatalogue catalogue = new DemoCatalogue(now, today);
        catalogue.radiocommunication();
        catalogue.standardization();
        catalogue.generalSecretariat();
        catalogue.development();
        return List.copyOf(catalogue.publications);
    }

    private void radiocommunication() {
        Publication rr = publication(MARKER, ITU_R, "Radio Regulations", 2024, "Edition of 2024",
                "Radio Regulations", "Articles, Appendices, Resolutions and Recommendations",
                "The Radio Regulations, the international treaty governing the use of the radio-frequency spectrum and "
                        + "of the geostationary and non-geostationary satellite orbits, as revised by the World "
                        + "Radiocommunication Conference (WRC-23, Dubai). Four volumes: the Articles, the Appendices, "
                        + "the Resolutions and Recommendations, and the ITU-R Recommendations incorporated by reference.",
                "spectrum, frequency allocation, satellite orbits, WRC-23, treaty");
        for (EditionLanguage language : SIX) {
            titled(edition(rr, language, PDF, "450", 2120), language);
            titled(edition(rr, language, PRINT, "620", 2120), language);
        }
        edition(rr, ENGLISH, OTHER, "480", null);

        Publication nsm = publication("100045117", ITU_R, "ITU-R Handbooks", 2015, "Edition of 2015",
                "Handbook on National Spectrum Management", null,
                "How an administration plans, assigns and monitors the use of the radio spectrum: national "
                        + "frequency allocation tables, licensing, spectrum pricing, monitoring and enforcement, and "
                        + "the computer tools that support them.",
                "spectrum management, licensing, frequency assignment, monitoring, regulation");
        edition(nsm, ENGLISH, PDF, "78", 312);
        edition(nsm, ENGLISH, PRINT, "98", 312);
        edition(nsm, FRENCH, PDF, "78", 330).title("Manuel sur la gestion nationale du spectre");
        edition(nsm, SPANISH, PDF, "78", 326).title("Manual sobre gestión nacional del espectro");

        Publication nsmRu = publication("100045118", ITU_R, "ITU-R Handbooks", 2015, "Издание 2015 года",
                "Руководство по национальному управлению использованием спектра", null,
                "Как администрация планирует, присваивает и контролирует использование радиочастотного спектра: "
                        + "национальные таблицы распределения частот, лицензирование, плата за использование спектра, "
                        + "радиоконтроль.",
                "управление спектром, лицензирование, присвоение частот, радиоконтроль");
        nsmRu.writtenIn(RUSSIAN);
        edition(nsmRu, RUSSIAN, PDF, "78", 338);
        edition(nsmRu, RUSSIAN, PRINT, "98", 338);

        Publication monitoring = publication("100044102", ITU_R, "ITU-R Handbooks", 2011, "Edition of 2011",
                "Handbook on Spectrum Monitoring", null,
                "Spectrum monitoring in practice: monitoring stations and their equipment, measurements of "
                        + "frequency, field strength, bandwidth and occupancy, and the search for interference.",
                "spectrum monitoring, interference, measurements, field strength");
        edition(monitoring, ENGLISH, PDF, "65", 678);
        edition(monitoring, ENGLISH, PRINT, "85", 678);
        edition(monitoring, RUSSIAN, PDF, "65", 702).title("Справочник по контролю за использованием спектра");

        Publication astronomy = publication("100041987", ITU_R, "ITU-R Handbooks", 2013, "Third edition",
                "Handbook on Radio Astronomy", null,
                "The radio astronomy service and its protection from interference: frequency bands, sensitivity "
                        + "of radio telescopes, and sharing with active services.",
                "radio astronomy, telescopes, interference protection");
        edition(astronomy, ENGLISH, PDF, "52", 172);
        edition(astronomy, FRENCH, PDF, "52", 180).title("Manuel de radioastronomie");

        Publication relay = publication("100038815", ITU_R, "ITU-R Handbooks", 1996, "Edition of 1996",
                "Handbook on Digital Radio-Relay Systems", null,
                "Planning and design of digital radio-relay systems for fixed links, propagation effects and "
                        + "equipment of the time.",
                "radio-relay, fixed service, microwave links");
        edition(relay, ENGLISH, PRINT, "40", 240).availability(Availability.OUT_OF_PRINT, null);

        Publication wrc = publication("100047330", ITU_R, "Final Acts", 2024, null,
                "Final Acts of the World Radiocommunication Conference (WRC-23)", "Dubai, 2023",
                "The revisions of the Radio Regulations adopted by WRC-23, with the new and revised Resolutions "
                        + "and Recommendations, before their incorporation into the Radio Regulations.",
                "WRC-23, Final Acts, Radio Regulations, IMT, satellite");
        for (EditionLanguage language : SIX) {
            edition(wrc, language, PDF, "250", 640);
        }
        edition(wrc, ENGLISH, PRINT, "320", 640);

        Publication maritime = publication("100048021", ITU_R, "Maritime", 2026, "Edition of 2026",
                "Manual for Use by the Maritime Mobile and Maritime Mobile-Satellite Services",
                "Maritime Manual",
                "The provisions of the Radio Regulations and the ITU-R Recommendations that concern the maritime "
                        + "services, with operational procedures for distress and safety communications (GMDSS).",
                "maritime, GMDSS, distress, safety, ships");
        for (EditionLanguage language : THREE) {
            edition(maritime, language, PRINT, "190", 980).availability(Availability.FORTHCOMING, today.plusDays(45));
        }
        edition(maritime, ENGLISH, PDF, "150", 980).availability(Availability.FORTHCOMING, today.plusDays(30));

        recommendationR("100046501", "P Series", 2019, "Recommendation ITU-R P.525-4",
                "Calculation of free-space attenuation", "free-space attenuation, propagation, path loss", 6);
        recommendationR("100046502", "BT Series", 2015, "Recommendation ITU-R BT.709-6",
                "Parameter values for the HDTV standards for production and international programme exchange",
                "HDTV, television, colorimetry, broadcasting", 19);
        recommendationR("100046503", "M Series", 2015, "Recommendation ITU-R M.2083-0",
                "IMT Vision – Framework and overall objectives of the future development of IMT for 2020 and beyond",
                "IMT-2020, 5G, mobile, vision", 21);
    }

    private void recommendationR(String number, String series, int year, String title, String subtitle,
                                 String keywords, int pages) {
        Publication recommendation = publication(number, ITU_R, "ITU-R Recommendations – " + series, year, null,
                title, subtitle, subtitle + ". An ITU-R Recommendation, free of charge as a PDF.", keywords);
        for (EditionLanguage language : SIX) {
            edition(recommendation, language, PDF, "0", pages);
        }
    }

    private void standardization() {
        recommendationT("100050264", "H Series", 2024, "Recommendation ITU-T H.264",
                "Advanced video coding for generic audiovisual services",
                "The video coding standard also known as AVC (MPEG-4 Part 10): its profiles, levels and the "
                        + "decoding process.",
                "video coding, AVC, compression, MPEG-4", 844, SIX);
        recommendationT("100050265", "H Series", 2024, "Recommendation ITU-T H.265",
                "High efficiency video coding",
                "The video coding standard also known as HEVC, about twice as efficient as H.264: coding tools, "
                        + "profiles, tiers and levels.",
                "video coding, HEVC, compression, 4K", 716, SIX);
        recommendationT("100049509", "X Series", 2019, "Recommendation ITU-T X.509",
                "Information technology – Open Systems Interconnection – The Directory: Public-key and attribute "
                        + "certificate frameworks",
                "The framework of public-key certificates and certificate revocation lists that secures the web's "
                        + "TLS, e-mail signatures and much else.",
                "certificates, PKI, security, directory", 258, SIX);
        recommendationT("100048652", "G Series", 2016, "Recommendation ITU-T G.652",
                "Characteristics of a single-mode optical fibre and cable",
                "The geometrical, mechanical and transmission attributes of the single-mode optical fibre used in "
                        + "most of the world's networks.",
                "optical fibre, transmission, cable", 28, SIX);
        recommendationT("100041164", "E Series", 2010, "Recommendation ITU-T E.164",
                "The international public telecommunication numbering plan",
                "The structure and use of international telephone numbers: country codes, national significant "
                        + "numbers, and the numbers of global services.",
                "numbering, telephone numbers, country codes", 32, SIX);
        recommendationT("100049372", "Y Series", 2019, "Recommendation ITU-T Y.3172",
                "Architectural framework for machine learning in future networks including IMT-2020",
                "How machine learning is placed in networks: the ML pipeline, its orchestrator and sandbox.",
                "machine learning, artificial intelligence, IMT-2020, networks", 34, THREE);
        recommendationT("100039800", "P Series", 1996, "Recommendation ITU-T P.800",
                "Methods for subjective determination of transmission quality",
                "Listening and conversation tests and the mean opinion score (MOS) of telephone speech quality.",
                "speech quality, MOS, subjective testing", 37, THREE);
        recommendationT("100037081", "T Series", 1992, "Recommendation ITU-T T.81",
                "Information technology – Digital compression and coding of continuous-tone still images",
                "The JPEG standard for compressing photographs: requirements and guidelines.",
                "JPEG, image compression, still images", 186, THREE);

        Publication iot = publication("100049120", ITU_T, "ITU-T Recommendations – Y Series", 2012, null,
                "ITU-T Y.4000 建议书：物联网概述", null,
                "物联网的概念和范围、基本特征、高层要求以及参考模型。",
                "物联网, 参考模型, 网络");
        iot.writtenIn(CHINESE);
        edition(iot, CHINESE, PDF, "0", 22);

        Publication numbering = publication("100041165", ITU_T, "ITU-T Recommendations – E Series", 2010, null,
                "Recommandation UIT-T E.164", "Plan de numérotage des télécommunications publiques internationales",
                "La structure et l'utilisation des numéros de téléphone internationaux : indicatifs de pays, "
                        + "numéros nationaux significatifs et numéros des services mondiaux.",
                "numérotage, numéros de téléphone, indicatifs de pays, télécommunications");
        numbering.writtenIn(FRENCH);
        edition(numbering, FRENCH, PDF, "0", 34);

        Publication security = publication("100047712", ITU_T, "ITU-T Manuals", 2020, "Seventh edition",
                "Security in Telecommunications and Information Technology",
                "An overview of issues and the deployment of existing ITU-T Recommendations for secure "
                        + "telecommunications",
                "A guide to the ITU-T Recommendations on security: threats, architectures, identity management, "
                        + "cybersecurity of networks and applications.",
                "security, cybersecurity, identity management, manual");
        edition(security, ENGLISH, PDF, "45", 226);
        edition(security, ENGLISH, PRINT, "60", 226);
        edition(security, FRENCH, PDF, "45", 240).title("La sécurité des télécommunications et des technologies "
                + "de l'information");

        Publication collection = publication("100048900", ITU_T, "ITU-T Recommendations – Collections", 2024, "2024",
                "ITU-T Recommendations in force", "The complete collection on a USB key",
                "Every ITU-T Recommendation in force at the beginning of 2024, in PDF, on a USB key, with an index "
                        + "by series and subject.",
                "collection, USB, Recommendations in force");
        edition(collection, ENGLISH, OTHER, "390", null);
        edition(collection, FRENCH, OTHER, "390", null).title("Recommandations UIT-T en vigueur");

        Publication quality = publication("100048420", ITU_T, "ITU-T Technical Papers", 2025, null,
                "Quality of service regulation manual", null,
                "How regulators set, measure and publish quality-of-service targets for fixed and mobile networks.",
                "quality of service, QoS, regulation, measurements");
        edition(quality, ENGLISH, PDF, "0", 128);
        edition(quality, ENGLISH, PRINT, "35", 128);
    }

    private void recommendationT(String number, String series, int year, String title, String subtitle,
                                 String abstractText, String keywords, int pages, EditionLanguage... languages) {
        Publication recommendation = publication(number, ITU_T, "ITU-T Recommendations – " + series, year, null,
                title, subtitle, abstractText, keywords);
        for (EditionLanguage language : languages) {
            edition(recommendation, language, PDF, "0", pages);
        }
    }

    private void generalSecretariat() {
        Publication basicTexts = publication("100046060", GENERAL_SECRETARIAT, "Basic Texts", 2023, "Edition of 2023",
                "Collection of the Basic Texts of the International Telecommunication Union adopted by the "
                        + "Plenipotentiary Conference",
                "Constitution and Convention, General Rules of conferences, Decisions, Resolutions and Recommendations",
                "The Constitution and the Convention of the International Telecommunication Union, as amended by "
                        + "the Plenipotentiary Conference (Bucharest, 2022), with the General Rules of conferences, "
                        + "assemblies and meetings of the Union.",
                "Constitution, Convention, Plenipotentiary Conference, treaty, basic texts");
        String[][] basicTitles = {
                {"مجموعة النصوص الأساسية للاتحاد الدولي للاتصالات", "ARABIC"},
                {"国际电信联盟基本文件汇编", "CHINESE"},
                {"Recueil des textes fondamentaux de l'Union internationale des télécommunications", "FRENCH"},
                {"Сборник основных документов Международного союза электросвязи", "RUSSIAN"},
                {"Colección de Textos Fundamentales de la Unión Internacional de Telecomunicaciones", "SPANISH"}};
        edition(basicTexts, ENGLISH, PDF, "0", 612);
        edition(basicTexts, ENGLISH, PRINT, "95", 612);
        for (String[] translated : basicTitles) {
            EditionLanguage language = EditionLanguage.valueOf(translated[1]);
            edition(basicTexts, language, PDF, "0", 640).title(translated[0]);
            edition(basicTexts, language, PRINT, "95", 640).title(translated[0]);
        }

        Publication constitutionZh = publication("100046061", GENERAL_SECRETARIAT, "Basic Texts", 2023, "2023年版",
                "国际电信联盟组织法和公约", "全权代表大会（2022年，布加勒斯特）修正",
                "国际电信联盟组织法和公约，经2022年布加勒斯特全权代表大会修正，包括大会、全会和会议的总规则。",
                "组织法, 公约, 全权代表大会, 电信联盟");
        constitutionZh.writtenIn(CHINESE);
        edition(constitutionZh, CHINESE, PDF, "0", 210);
        edition(constitutionZh, CHINESE, PRINT, "60", 210);

        Publication pp = publication("100045602", GENERAL_SECRETARIAT, "Final Acts", 2023, null,
                "Final Acts of the Plenipotentiary Conference", "Bucharest, 2022",
                "The amendments to the Constitution and Convention, and the Decisions and Resolutions adopted by "
                        + "the Plenipotentiary Conference in Bucharest in 2022.",
                "Plenipotentiary Conference, PP-22, Final Acts, Bucharest");
        for (EditionLanguage language : SIX) {
            edition(pp, language, PDF, "120", 418);
        }
        edition(pp, ENGLISH, PRINT, "160", 418);

        Publication itrs = publication("100042270", GENERAL_SECRETARIAT, "Final Acts", 2013, null,
                "International Telecommunication Regulations", "Final Acts of the World Conference on "
                        + "International Telecommunications (Dubai, 2012)",
                "The treaty on international telecommunication services and the charging and accounting between "
                        + "operators, as revised at WCIT-12.",
                "ITRs, WCIT-12, treaty, international services");
        for (EditionLanguage language : SIX) {
            edition(itrs, language, PDF, "0", 36);
        }
        edition(itrs, ENGLISH, PRINT, "25", 36);

        Publication annual = publication("100047901", GENERAL_SECRETARIAT, "Annual reports", 2025, null,
                "ITU Annual Report 2024", null,
                "The Union's year: the work of the three Sectors and the General Secretariat, its members, its "
                        + "finances and the results against the Strategic Plan.",
                "annual report, results, finances");
        for (EditionLanguage language : SIX) {
            edition(annual, language, PDF, "0", 96);
        }

        Publication strategic = publication("100046315", GENERAL_SECRETARIAT, "Strategic Plan", 2023, null,
                "Strategic Plan of the Union for 2024-2027", null,
                "The vision, goals and targets of the Union for the four years after the Plenipotentiary "
                        + "Conference of 2022: universal connectivity and sustainable digital transformation.",
                "strategic plan, goals, targets, connectivity");
        for (EditionLanguage language : THREE) {
            edition(strategic, language, PDF, "0", 44);
        }

        Publication history = publication("100010650", GENERAL_SECRETARIAT, "History", 1965, "Centenary edition",
                "From Semaphore to Satellite", null,
                "The first hundred years of the International Telecommunication Union, from the telegraph "
                        + "conference of Paris in 1865 to the space age.",
                "history, centenary, telegraph");
        edition(history, ENGLISH, PRINT, "30", 343);
        edition(history, FRENCH, PRINT, "30", 350).title("Du sémaphore au satellite");
    }

    private void development() {
        Publication facts = publication("100047715", ITU_D, "Measuring digital development", 2024, null,
                "Measuring digital development – Facts and Figures 2024", null,
                "The latest estimates of Internet use, mobile coverage, affordability and the digital divide "
                        + "between and within countries, by region and by gender.",
                "statistics, Internet use, connectivity, digital divide, gender");
        String[][] factsTitles = {
                {"قياس التنمية الرقمية – حقائق وأرقام 2024", "ARABIC"},
                {"衡量数字发展 – 2024年事实与数字", "CHINESE"},
                {"Measuring digital development – Facts and Figures 2024", "ENGLISH"},
                {"Mesurer le développement numérique – Faits et chiffres 2024", "FRENCH"},
                {"Измерение цифрового развития – Факты и цифры 2024", "RUSSIAN"},
                {"Medición del desarrollo digital – Datos y cifras 2024", "SPANISH"}};
        for (String[] translated : factsTitles) {
            edition(facts, EditionLanguage.valueOf(translated[1]), PDF, "0", 24).title(translated[0]);
        }

        Publication facts2023 = publication("100046710", ITU_D, "Measuring digital development", 2023, null,
                "Measuring digital development – Facts and Figures 2023", null,
                "Estimates of Internet use, mobile ownership and the cost of connectivity in 2023, with the "
                        + "progress towards universal and meaningful connectivity.",
                "statistics, Internet use, affordability");
        edition(facts2023, ENGLISH, PDF, "0", 22);
        edition(facts2023, FRENCH, PDF, "0", 24).title("Mesurer le développement numérique – Faits et chiffres 2023");

        Publication idi = publication("100047716", ITU_D, "Measuring digital development", 2024, null,
                "Measuring digital development – ICT Development Index 2024", null,
                "The ICT Development Index ranks economies by universal and meaningful connectivity, from ten "
                        + "indicators of access, use and skills.",
                "ICT Development Index, IDI, indicators, ranking");
        edition(idi, ENGLISH, PDF, "0", 60);
        edition(idi, ENGLISH, PRINT, "50", 60);

        Publication indicators = publication("100048155", ITU_D, "ICT statistics", 2026, "29th edition",
                "World Telecommunication/ICT Indicators Database 2026", null,
                "Time series from 1960 on more than 180 indicators for 200 economies: fixed and mobile "
                        + "subscriptions, Internet use, traffic, revenue and investment.",
                "database, indicators, time series, statistics");
        edition(indicators, ENGLISH, OTHER, "350", null).availability(Availability.FORTHCOMING, today.plusDays(60));

        Publication gci = publication("100047520", ITU_D, "Cybersecurity", 2024, "5th edition",
                "Global Cybersecurity Index 2024", null,
                "How committed countries are to cybersecurity, measured over legal, technical, organizational, "
                        + "capacity-development and cooperation measures.",
                "cybersecurity, index, GCI, capacity development");
        edition(gci, ENGLISH, PDF, "0", 196);
        edition(gci, ENGLISH, PRINT, "60", 196);
        edition(gci, FRENCH, PDF, "0", 204).title("Indice mondial de cybersécurité 2024");

        Publication guideFr = publication("100042880", ITU_D, "Cybersecurity", 2009, null,
                "Guide de la cybersécurité pour les pays en développement", null,
                "Ce guide aide les pays en développement à comprendre les enjeux de la cybersécurité : "
                        + "cybercriminalité, protection des infrastructures, sécurité des réseaux et stratégies "
                        + "nationales.",
                "cybersécurité, cybercriminalité, pays en développement, stratégie nationale");
        guideFr.writtenIn(FRENCH);
        edition(guideFr, FRENCH, PDF, "0", 156);
        edition(guideFr, FRENCH, PRINT, "40", 156);

        Publication guideAr = publication("100042881", ITU_D, "Cybersecurity", 2009, null,
                "دليل الأمن السيبراني للبلدان النامية", null,
                "يساعد هذا الدليل البلدان النامية على فهم قضايا الأمن السيبراني: الجريمة السيبرانية وحماية البنى "
                        + "التحتية وأمن الشبكات والاستراتيجيات الوطنية.",
                "الأمن السيبراني, الجريمة السيبرانية, البلدان النامية");
        guideAr.writtenIn(ARABIC);
        edition(guideAr, ARABIC, PDF, "0", 162);

        Publication misAr = publication("100045300", ITU_D, "Measuring digital development", 2017, null,
                "تقرير قياس مجتمع المعلومات ٢٠١٧", "الملخص التنفيذي",
                "أحدث البيانات عن تطور تكنولوجيا المعلومات والاتصالات في العالم، ومؤشر تنمية تكنولوجيا المعلومات "
                        + "والاتصالات لعام ٢٠١٧.",
                "الاتصالات, تكنولوجيا المعلومات, مؤشرات, إحصاءات");
        misAr.writtenIn(ARABIC);
        edition(misAr, ARABIC, PDF, "0", 28);

        Publication misEs = publication("100045301", ITU_D, "Measuring digital development", 2018, null,
                "Informe sobre la Medición de la Sociedad de la Información 2018", "Resumen ejecutivo",
                "Los datos más recientes sobre la evolución de las telecomunicaciones y las tecnologías de la "
                        + "información y la comunicación en el mundo, con un análisis por regiones.",
                "sociedad de la información, telecomunicaciones, estadísticas, indicadores");
        misEs.writtenIn(SPANISH);
        edition(misEs, SPANISH, PDF, "0", 30);
        edition(misEs, SPANISH, PRINT, "20", 30);

        Publication africa = publication("100044731", ITU_D, "Regional reports", 2021, null,
                "Digital trends in Africa 2021", "Information and communication technology trends and developments "
                        + "in the Africa region, 2017-2020",
                "Connectivity, affordability and digital skills in Africa, with the policies that shaped them and "
                        + "the effects of the COVID-19 pandemic.",
                "Africa, connectivity, regional report, digital skills");
        edition(africa, ENGLISH, PDF, "0", 124);
        edition(africa, ENGLISH, PRINT, "50", 124);
        edition(africa, FRENCH, PDF, "0", 132).title("Tendances numériques en Afrique 2021");

        Publication emergency = publication("100044080", ITU_D, "ITU-D Guidelines", 2020, null,
                "Guidelines for national emergency telecommunication plans", null,
                "How a country prepares its telecommunications for disasters: the plan, its actors, early "
                        + "warning and the restoration of networks.",
                "emergency telecommunications, disasters, early warning, resilience");
        for (EditionLanguage language : SIX) {
            edition(emergency, language, PDF, "0", 64);
        }

        Publication broadband = publication("100046240", ITU_D, "ITU-D Study Group reports", 2021, null,
                "Question 1/1: Strategies and policies for the deployment of broadband in developing countries",
                "Final report, study period 2018-2021",
                "The experience of members in deploying broadband networks: national broadband plans, "
                        + "infrastructure sharing, universal service funds and satellite connectivity.",
                "broadband, developing countries, policy, study group");
        edition(broadband, ENGLISH, PDF, "55", 160);
        edition(broadband, SPANISH, PDF, "55", 168).title("Cuestión 1/1: Estrategias y políticas para el "
                + "despliegue de la banda ancha en los países en desarrollo");

        Publication skills = publication("100044550", ITU_D, "ITU-D Toolkits", 2018, null,
                "Digital Skills Toolkit", null,
                "A guide for policy-makers to build a national digital skills strategy: assessing needs, setting "
                        + "targets, partners and financing.",
                "digital skills, education, toolkit, strategy");
        edition(skills, ENGLISH, PDF, "0", 78);
        edition(skills, SPANISH, PDF, "0", 82).title("Kit de herramientas sobre competencias digitales");
        edition(skills, RUSSIAN, PDF, "0", 84).title("Набор инструментов по цифровым навыкам");

        Publication investment = publication("100045940", ITU_D, "Regional reports", 2020, null,
                "Connecting Humanity", "Assessing investment needs of connecting humanity to the Internet by 2030",
                "What it would cost to connect everyone to broadband by 2030, by region and by technology.",
                "investment, universal connectivity, broadband, 2030");
        edition(investment, ENGLISH, PDF, "0", 68);
        edition(investment, ENGLISH, PRINT, "45", 68);
    }

    /** A publication added a little after the previous one, so that "newest" has an order among equal years. */
    private Publication publication(String number, ShopCategory category, String series, int year,
                                    String editionStatement, String title, String subtitle, String abstractText,
                                    String keywords) {
        Publication publication = new Publication(number, title, category, year,
                now.minus(Duration.ofMinutes(100 - publications.size())));
        publication.describe(subtitle, abstractText, keywords, series, editionStatement);
        publications.add(publication);
        return publication;
    }

    private Edition edition(Publication publication, EditionLanguage language, EditionFormat format, String price,
                            Integer pages) {
        Edition edition = publication.addEdition(language, format);
        edition.price(new BigDecimal(price));
        edition.identify(format == PDF && price.equals("0") ? null : isbn(), pages);
        return edition;
    }

    /** A valid ISBN in ITU's range, 978-92-61-nnnnn-c. */
    private String isbn() {
        String twelve = "9789261" + nextIsbn++;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    /** The Radio Regulations' official titles in each language. */
    private static void titled(Edition edition, EditionLanguage language) {
        edition.title(switch (language) {
            case ARABIC -> "لوائح الراديو";
            case CHINESE -> "无线电规则";
            case FRENCH -> "Règlement des radiocommunications";
            case RUSSIAN -> "Регламент радиосвязи";
            case SPANISH -> "Reglamento de Radiocomunicaciones";
            case ENGLISH -> null;
        });
    }
}
