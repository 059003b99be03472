package org.focalpoint.words;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The refusals bundle and the sources that throw its keys agree: every key thrown is in the bundle,
 * every key in the bundle is thrown somewhere, and nothing is thrown but a key, so that an English
 * sentence cannot creep back into a service (nor into any other exception it throws).
 */
class RefusalsTest {

    /** The modules whose services throw refusals; surefire runs in the ejb module's folder. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../batch/src/main/java"));

    private static final String KEY = "[a-z]+(\\.[a-z0-9-]+)+";
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(" + KEY + ")\"");
    /** The first argument of a refusal: a string literal, or a name up to the next comma or parenthesis. */
    private static final Pattern THROWN = Pattern.compile("new RuleViolation\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,)]*)");
    /** Any other throw, up to its end; a sentence in it is two words of a string literal. */
    private static final Pattern OTHER_THROW =
            Pattern.compile("throw new (?!RuleViolation\\()[A-Za-z.]+\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("\"[^\"]*[A-Za-z]+ [A-Za-z]+[^\"]*\"");
    private static final Pattern CONSTANT =
            Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*\"(" + KEY + ")\"\\s*;");

    private static Map<Path, String> sources;
    private static Set<String> bundle;

    @BeforeAll
    static void read() throws IOException {
        sources = new HashMap<>();
        for (Path root : SOURCES) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.put(file, text(file)));
                }
            }
        }
        assertTrue(sources.keySet().stream().anyMatch(file -> file.endsWith("RuleViolation.java")),
                "the ejb sources were not found from " + Path.of("").toAbsolutePath());
        Properties properties = new Properties();
        try (InputStream in = RefusalsTest.class.getResourceAsStream("refusals.properties")) {
            properties.load(in);
        }
        bundle = new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyRefusalThrowsAKeyTheBundleHas() {
        Map<String, String> constants = new HashMap<>();
        sources.values().forEach(source -> {
            Matcher constant = CONSTANT.matcher(source);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
        });
        List<String> wrong = new ArrayList<>();
        sources.forEach((file, source) -> {
            Matcher thrown = THROWN.matcher(source);
            while (thrown.find()) {
                String first = thrown.group(1).strip();
                String name = first.substring(first.lastIndexOf('.') + 1);
                String key = first.matches("\"" + KEY + "\"") ? first.substring(1, first.length() - 1)
                        : constants.get(name);
                if (key == null || !bundle.contains(key)) {
                    wrong.add(file.getFileName() + ":" + line(source, thrown.start()) + " " + first);
                }
            }
        });
        assertEquals(List.of(), wrong, "refusals thrown with something other than a key of the bundle");
    }

    @Test
    void everyKeyOfTheBundleIsUsed() {
        Set<String> used = new TreeSet<>();
        sources.values().forEach(source -> {
            Matcher literal = KEY_LITERAL.matcher(source);
            while (literal.find()) {
                used.add(literal.group(1));
            }
        });
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys of the refusals bundle that no source uses");
    }

    @Test
    void noOtherThrowCarriesAnEnglishSentence() {
        List<String> wrong = new ArrayList<>();
        sources.forEach((file, source) -> {
            Matcher thrown = OTHER_THROW.matcher(source);
            while (thrown.find()) {
                if (SENTENCE.matcher(thrown.group(1)).find()) {
                    wrong.add(file.getFileName() + ":" + line(source, thrown.start()) + " " + thrown.group());
                }
            }
        });
        assertEquals(List.of(), wrong, "a sentence a person may read belongs in the refusals bundle");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
