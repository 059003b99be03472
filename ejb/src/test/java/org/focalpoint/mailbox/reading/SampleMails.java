package org.focalpoint.mailbox.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sample mails under {@code src/test/resources/mails/} with the registry and affiliations
 * they are read against ({@code registry.csv}, {@code affiliations.csv}) and what each must give
 * ({@code expected.csv}). Plain files, so that the mailbox ITs can deliver the same mails over
 * IMAP and expect the same outcomes in the queue.
 */
final class SampleMails {

    static final OrganizationRegistry REGISTRY = OrganizationRegistry.of(registry());

    private SampleMails() {
    }

    static List<RegisteredOrganization> registry() {
        List<RegisteredOrganization> organizations = new ArrayList<>();
        for (String[] row : rows("registry.csv")) {
            organizations.add(new RegisteredOrganization(Long.parseLong(row[0]), row[1]));
        }
        return organizations;
    }

    static Set<Long> affiliationsOf(String address) {
        Map<String, Set<Long>> affiliations = new HashMap<>();
        for (String[] row : rows("affiliations.csv")) {
            affiliations.put(row[0], row.length < 2 || row[1].isBlank() ? Set.of()
                    : Arrays.stream(row[1].split(",")).map(String::strip).map(Long::valueOf).collect(Collectors.toSet()));
        }
        return address == null ? Set.of() : affiliations.getOrDefault(address, Set.of());
    }

    static MailReading read(String file) {
        MailText mail = MailText.of(Mails.file(file));
        return MailReading.of(mail, REGISTRY, affiliationsOf(mail.sender().address()));
    }

    static List<String[]> rows(String file) {
        try (InputStream in = SampleMails.class.getResourceAsStream("/mails/" + file)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\\|", -1);
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].strip();
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
