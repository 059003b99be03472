package org.focalpoint.words;

import org.focalpoint.RuleViolation;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The labels bundle and the values it names agree: every constant of a {@link Labelled} enum has its
 * words, and every key is some constant's or is looked up by a class that renders the labels bundle,
 * so a new constant cannot show a missing key and a removed one leaves nothing to translate.
 */
class LabelsTest {

    /** Compiled by the time surefire runs, and found without a list that a new enum would have to join. */
    private static final Path CLASSES = classes();
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private static Properties bundle;
    private static List<Class<?>> labelled;

    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("labels.properties")) {
            bundle.load(in);
        }
        try (Stream<Path> files = Files.walk(CLASSES)) {
            labelled = files.map(CLASSES::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(LabelsTest::load).filter(c -> c.isEnum() && Labelled.class.isAssignableFrom(c)).toList();
        }
        assertFalse(labelled.isEmpty(), "no labelled enum found in " + CLASSES.toAbsolutePath());
    }

    @Test
    void everyConstantHasItsWords() {
        Map<String, String> missing = new TreeMap<>();
        for (Class<?> type : labelled) {
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                if (!bundle.containsKey(key)) {
                    missing.put(key, type.getName());
                }
            }
        }
        assertEquals(Map.of(), missing, "constants without words in labels.properties");
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        labelled.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .forEach(constant -> unused.remove(((Labelled) constant).labelKey()));
        unused.removeAll(lookedUp().keySet());
        assertEquals(Set.of(), unused, "keys of labels.properties that nothing uses");
    }

    @Test
    void everyKeyLookedUpIsInTheBundle() throws IOException {
        Map<String, Path> missing = new TreeMap<>(lookedUp());
        missing.keySet().removeAll(bundle.stringPropertyNames());
        assertEquals(Map.of(), missing, "keys looked up in the labels bundle but not in it");
    }

    @Test
    void groupsDoNotOverlap() {
        Map<String, String> groups = new TreeMap<>();
        for (Class<?> type : labelled) {
            String group = ((Labelled) type.getEnumConstants()[0]).labelGroup();
            String other = groups.put(group, type.getName());
            assertNull(other, "two enums label their constants as " + group + ": " + other + ", " + type.getName());
        }
    }

    @Test
    void aValueGivenToATextIsNamedInTheTextsLanguage() {
        assertEquals("Ann Smith is already the Designated Focal Point for ITU-T.",
                new RuleViolation("tiesfocalpoint.already-designated", "Ann Smith", Sector.ITU_T).getMessage());
    }

    /** The keys written in the classes that render the labels bundle themselves. */
    private static Map<String, Path> lookedUp() throws IOException {
        Map<String, Path> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("new Words(Words.LABELS)")) {
                    Matcher key = KEY_LITERAL.matcher(source);
                    while (key.find()) {
                        keys.put(key.group(1), file);
                    }
                }
            }
        }
        return keys;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LabelsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            throw new IllegalStateException("cannot load " + name, notLoadable);
        }
    }

    /** The folder Labelled was compiled into, whatever the build folder is called. */
    private static Path classes() {
        try {
            return Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
