package org.focalpoint.notifications;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The mail files and the code agree: every file is a whole mail that some class sends, and every
 * kind the code names has its file. Reads the sources, from the ejb module (surefire's working dir).
 */
class MailFilesTest {

    private static final Path MAILS = Path.of("src/main/resources/org/focalpoint/words/mails");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern NAMED_KIND = Pattern.compile("new MailTemplate\\(\"([^\"]+)\"\\)");

    @Test
    void everyFileHasASubjectAndABodyAndItsPatternsParse() throws IOException {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no mail files in " + MAILS.toAbsolutePath());
        for (Path file : files) {
            Properties words = load(file);
            assertTrue(words.containsKey("subject") && words.containsKey("body"), file + " lacks a subject or a body");
            for (String key : words.stringPropertyNames()) {
                try {
                    new MessageFormat(words.getProperty(key));
                } catch (IllegalArgumentException e) {
                    fail(file + ": " + key + " is not an ICU message: " + e.getMessage());
                }
            }
        }
    }

    @Test
    void everyKindIsSentBySomeClass() throws IOException {
        String sources = sources();
        for (Path file : files()) {
            String kind = file.getFileName().toString().replaceFirst("(_[a-zA-Z]+)*\\.properties$", "");
            assertTrue(kind.matches("[a-z]+(-[a-z]+)*"), file + ": a kind is lower case with hyphens");
            assertTrue(sources.contains("new MailTemplate(\"" + kind + "\")"), "no class sends the mail " + kind);
        }
    }

    @Test
    void everyKindTheCodeNamesHasItsFile() throws IOException {
        Matcher named = NAMED_KIND.matcher(sources());
        int kinds = 0;
        while (named.find()) {
            kinds++;
            assertTrue(Files.isRegularFile(MAILS.resolve(named.group(1) + ".properties")),
                    "no file for the mail " + named.group(1));
        }
        assertTrue(kinds > 0, "no MailTemplate in " + SOURCES.toAbsolutePath());
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(MAILS)) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties words = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        return words;
    }

    private static String sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
