package org.focalpoint.words;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages' words are all in the pages bundle, and the bundle holds only words the pages use: a
 * sentence left in a page or a bean would stay English in every language, a dead key would be
 * translated for nothing.
 */
class PagesBundleTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path BEANS = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/org/focalpoint/words/pages.properties");

    /** The attributes whose value a person reads (or hears, for aria ones). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "label", "placeholder", "alt", "aria-label",
            "requiredMessage", "validatorMessage", "converterMessage", "header", "headerText", "ariaHeaderText",
            "emptyMessage", "message", "itemLabel");
    /** The tags whose value attribute is a text rather than a bound value or an address. */
    private static final Set<String> TEXT_VALUE_TAGS = Set.of("h:link", "h:commandLink", "h:commandButton",
            "p:commandButton", "p:button", "p:linkButton", "p:outputLabel", "h:outputLabel", "h:outputText", "ui:param");

    private static final Pattern PAGE_KEY = Pattern.compile("(?:msg\\['|words\\.text\\(')([^']*)'");
    private static final Pattern BEAN_KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern MESSAGE_CALL =
            Pattern.compile("(?:PageMessages\\.(?:info|error|infoAfterRedirect)|words\\.text)\\(\\s*\"([^\"]*)\"");
    private static final Pattern NOT_A_KEY = Pattern.compile("^(?:org|jakarta|java)\\..*");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<script>.*?</script>|<[^<>]+>|[^<]+", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("^<([\\w:]+)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern KEY_IN_EL = Pattern.compile("msg\\['[^']*']|(?<=words\\.text\\()'[^']*'");
    /** A quoted text inside EL, unless it is compared with. */
    private static final Pattern EL_LITERAL = Pattern.compile("(?<!eq )(?<!ne )(?<!== )(?<!!= )'([^']*)'");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]+|#[0-9]+);");
    /**
     * A value named without the view's language: a sector, state or kind is named by
     * {@code words.label(value)}, a record that composes a name by {@code label(view.locale)}.
     */
    private static final Pattern LANGUAGELESS_LABEL = Pattern.compile("#\\{[^}]*\\.label\\(\\)[^}]*}");
    /** The records whose label() is a name as written, the same in every language (an organization and its country). */
    private static final Pattern NAME_AS_WRITTEN = Pattern.compile("var=\"(o)\"[^>]*itemLabel=\"#\\{o\\.label\\(\\)}\"");

    /** A bean may name a service's refusal by its key (not a key of the pages), to show it next to the field it is about. */
    private static final Path REFUSALS = Path.of("../ejb/src/main/resources/org/focalpoint/words/refusals.properties");

    private static Properties bundle;

    private static Properties refusals;

    @BeforeAll
    static void load() throws IOException {
        bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        refusals = new Properties();
        try (Reader reader = Files.newBufferedReader(REFUSALS, StandardCharsets.UTF_8)) {
            refusals.load(reader);
        }
    }

    @Test
    void everyKeyUsedIsInTheBundle() throws IOException {
        Map<String, Set<String>> used = usedKeys();
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((key, files) -> {
            if (!bundle.containsKey(key)) {
                missing.put(key, files);
            }
        });
        assertEquals(Map.of(), missing, "keys used but not in " + BUNDLE);
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(usedKeys().keySet());
        assertEquals(Set.of(), unused, "keys in " + BUNDLE + " that nothing uses");
    }

    @Test
    void beansShowMessagesByKey() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path bean : files(BEANS, ".java")) {
            Matcher call = MESSAGE_CALL.matcher(Files.readString(bean));
            while (call.find()) {
                if (!BEAN_KEY.matcher('"' + call.group(1) + '"').matches()) {
                    texts.add(bean + ": " + call.group(1));
                }
            }
        }
        assertEquals(List.of(), texts, "messages given as text instead of a key of " + BUNDLE);
    }

    @Test
    void pagesShowNoTextOutsideTheBundle() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher token = TOKEN.matcher(Files.readString(page));
            while (token.find()) {
                String t = token.group();
                if (t.startsWith("<!--") || t.startsWith("<script>")) {
                    continue;
                }
                if (!t.startsWith("<")) {
                    check(page, t, texts);
                    continue;
                }
                Matcher tag = TAG_NAME.matcher(t);
                if (!tag.find()) {
                    continue;
                }
                Matcher attribute = ATTRIBUTE.matcher(t);
                while (attribute.find()) {
                    String name = attribute.group(1);
                    if (TEXT_ATTRIBUTES.contains(name) || name.equals("value") && TEXT_VALUE_TAGS.contains(tag.group(1))) {
                        check(page, attribute.group(2), texts);
                    }
                }
            }
        }
        assertEquals(List.of(), texts, "texts on pages that are not in " + BUNDLE);
    }

    @Test
    void pagesNameValuesInTheViewsLanguage() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path page : files(PAGES, ".xhtml")) {
            String text = NAME_AS_WRITTEN.matcher(Files.readString(page)).replaceAll("");
            Matcher label = LANGUAGELESS_LABEL.matcher(text);
            while (label.find()) {
                english.add(page + ": " + label.group());
            }
        }
        assertEquals(List.of(), english, "values named on pages without the view's language");
    }

    /** Letters outside EL, or in a quoted text inside it, are words a person reads. */
    private static void check(Path page, String text, List<String> texts) {
        String outside = ENTITY.matcher(EL.matcher(text).replaceAll("")).replaceAll("");
        if (LETTER.matcher(outside).find()) {
            texts.add(page + ": " + text.strip());
        }
        Matcher el = EL.matcher(text);
        while (el.find()) {
            Matcher literal = EL_LITERAL.matcher(KEY_IN_EL.matcher(el.group()).replaceAll(""));
            while (literal.find()) {
                if (LETTER.matcher(literal.group(1)).find()) {
                    texts.add(page + ": " + el.group());
                }
            }
        }
    }

    private static Map<String, Set<String>> usedKeys() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path page : files(PAGES, ".xhtml")) {
            collect(PAGE_KEY.matcher(Files.readString(page)), page, used);
        }
        Map<String, Set<String>> inBeans = new TreeMap<>();
        for (Path bean : files(BEANS, ".java")) {
            collect(BEAN_KEY.matcher(Files.readString(bean)), bean, inBeans);
        }
        inBeans.forEach((key, beans) -> {
            if (bundle.containsKey(key) || !refusals.containsKey(key)) {
                used.computeIfAbsent(key, k -> new TreeSet<>()).addAll(beans);
            }
        });
        return used;
    }

    private static void collect(Matcher key, Path file, Map<String, Set<String>> used) {
        while (key.find()) {
            if (!NOT_A_KEY.matcher(key.group(1)).matches()) {
                used.computeIfAbsent(key.group(1), k -> new TreeSet<>()).add(file.toString());
            }
        }
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }
}
