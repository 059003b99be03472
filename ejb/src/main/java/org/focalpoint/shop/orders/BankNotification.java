package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.focalpoint.Sha256;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bank's ISO 20022 notification of debits and credits (camt.054, versions 001.02 to 001.08,
 * as Swiss banks send it for QR-bill payments), read into the credits it booked: one for each
 * transaction of an entry, so that a batch of payments booked as one entry still pays each order.
 * Debits and entries not yet booked are left out. A file that is not such a notification, or that
 * could not be read whole, is refused as a whole, so that staff never pay half a file.
 * <p>
 * The file comes from a person's upload: it is read with StAX, a document type refused before any
 * entity could expand (an XML bomb) or fetch a file or an address (XXE), and the tree kept for one
 * entry at a time, built without recursion, so that deep nesting cannot overflow the stack.
 */
public final class BankNotification {

    /** The largest file read: a day's notification of thousands of credits is a few megabytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final String ISO_20022 = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Pattern NOTIFICATION = Pattern.compile(Pattern.quote(ISO_20022) + "camt\\.054\\.001\\.0[2-8]");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final String CREDIT = "CRDT";
    private static final String BOOKED = "BOOK";

    private BankNotification() {
    }

    public static List<BankCredit> read(byte[] file) {
        if (file.length == 0) {
            throw new RuleViolation("shop.orders.bank-file-empty");
        }
        if (file.length > MAX_BYTES) {
            throw new RuleViolation("shop.orders.bank-file-too-large", MAX_BYTES / (1024 * 1024));
        }
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                return credits(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new RuleViolation("shop.orders.bank-file-not-xml");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static List<BankCredit> credits(XMLStreamReader reader) throws XMLStreamException {
        rootOf(reader);
        List<BankCredit> credits = new ArrayList<>();
        int entries = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new RuleViolation("shop.orders.bank-file-doctype");
            }
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Ntry")) {
                entries++;
                Entry entry = Entry.read(reader);
                credits.addAll(creditsOf(entry.element(), entry.digest(), entries));
            }
        }
        return credits;
    }

    /** Up to the root element, which must be a camt.054 document of a version read here. */
    private static void rootOf(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new RuleViolation("shop.orders.bank-file-doctype");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String namespace = Optional.ofNullable(reader.getNamespaceURI()).orElse("");
                if (!reader.getLocalName().equals("Document") || !NOTIFICATION.matcher(namespace).matches()) {
                    throw new RuleViolation("shop.orders.bank-file-not-camt054", documentOf(namespace, reader.getLocalName()));
                }
                return;
            }
        }
        throw new RuleViolation("shop.orders.bank-file-not-xml");
    }

    /** Names another ISO 20022 message by its own name (camt.053.001.04), anything else by its namespace or element. */
    private static String documentOf(String namespace, String element) {
        if (namespace.startsWith(ISO_20022)) {
            return namespace.substring(ISO_20022.length());
        }
        return namespace.isEmpty() ? "<" + element + ">" : namespace;
    }

    private static List<BankCredit> creditsOf(Element entry, String digest, int number) {
        if (!CREDIT.equals(entry.text("CdtDbtInd")) || !BOOKED.equals(statusOf(entry))) {
            return List.of();
        }
        LocalDate booked = dateOf(entry, number);
        String entryReference = entry.text("AcctSvcrRef");
        List<Element> transactions = entry.all("NtryDtls", "TxDtls");
        if (transactions.isEmpty()) {
            Money amount = amountOf(entry.child("Amt"), number);
            String bankReference = entryReference != null ? entryReference : "sha256:" + digest;
            return List.of(new BankCredit(bankReference, booked, amount.value, amount.currency, null, null));
        }
        List<BankCredit> credits = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            Element transaction = transactions.get(i);
            String indicator = Optional.ofNullable(transaction.text("CdtDbtInd")).orElse(CREDIT);
            if (!indicator.equals(CREDIT)) {
                continue;
            }
            Element amountElement = Optional.ofNullable(transaction.child("Amt"))
                    .or(() -> Optional.ofNullable(transaction.path("AmtDtls", "TxAmt", "Amt")))
                    .orElse(transactions.size() == 1 ? entry.child("Amt") : null);
            Money amount = amountOf(amountElement, number);
            credits.add(new BankCredit(bankReferenceOf(transaction, entryReference, digest, i, transactions.size()),
                    booked, amount.value, amount.currency, referenceOf(transaction), debtorOf(transaction)));
        }
        return credits;
    }

    /** The transaction's own reference, else the entry's, else the entry's content: one of a batch numbered within it. */
    private static String bankReferenceOf(Element transaction, String entryReference, String digest, int index, int count) {
        String own = transaction.text("Refs", "AcctSvcrRef");
        if (own != null) {
            return own;
        }
        String entry = entryReference != null ? entryReference : "sha256:" + digest;
        return count == 1 ? entry : entry + "/" + (index + 1);
    }

    /** Up to version 06 the status is a code; from 07 it is a choice of a code or a proprietary one. */
    private static String statusOf(Element entry) {
        Element status = entry.child("Sts");
        if (status == null) {
            return null;
        }
        return status.children.isEmpty() ? status.text : status.text("Cd");
    }

    private static LocalDate dateOf(Element entry, int number) {
        String written = Optional.ofNullable(entry.text("BookgDt", "Dt"))
                .or(() -> Optional.ofNullable(entry.text("BookgDt", "DtTm")))
                .or(() -> Optional.ofNullable(entry.text("ValDt", "Dt")))
                .or(() -> Optional.ofNullable(entry.text("ValDt", "DtTm")))
                .orElseThrow(() -> new RuleViolation("shop.orders.bank-file-credit-without-date", number));
        try {
            return LocalDate.parse(written.length() > 10 ? written.substring(0, 10) : written);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("shop.orders.bank-file-credit-without-date", number);
        }
    }

    private static Money amountOf(Element amount, int number) {
        if (amount == null || amount.text == null) {
            throw new RuleViolation("shop.orders.bank-file-credit-without-amount", number);
        }
        String currency = amount.attributes.get("Ccy");
        if (!AMOUNT.matcher(amount.text).matches() || currency == null || !currency.matches("[A-Z]{3}")) {
            throw new RuleViolation("shop.orders.bank-file-amount-invalid", number, amount.text);
        }
        return new Money(new BigDecimal(amount.text).setScale(2), currency);
    }

    private static String referenceOf(Element transaction) {
        Element remittance = transaction.child("RmtInf");
        if (remittance == null) {
            return null;
        }
        return remittance.all("Strd").stream()
                .map(structured -> structured.text("CdtrRefInf", "Ref"))
                .filter(reference -> reference != null)
                .findFirst().orElse(null);
    }

    /** Up to version 07 the debtor is a party; from 08 the party is inside it, as {@code Pty}. */
    private static String debtorOf(Element transaction) {
        return Optional.ofNullable(transaction.text("RltdPties", "Dbtr", "Nm"))
                .orElse(transaction.text("RltdPties", "Dbtr", "Pty", "Nm"));
    }

    private record Money(BigDecimal value, String currency) {
    }

    /** An element of an entry: its name, attributes, text (blank as null) and children in order. */
    private static final class Element {

        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder written = new StringBuilder();
        String text;

        Element(String name) {
            this.name = name;
        }

        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        Element path(String... names) {
            Element element = this;
            for (int i = 0; i < names.length && element != null; i++) {
                element = element.child(names[i]);
            }
            return element;
        }

        String text(String... names) {
            Element element = path(names);
            return element == null ? null : element.text;
        }

        /** Every element at the end of the path, along every branch of it. */
        List<Element> all(String... names) {
            List<Element> level = List.of(this);
            for (String childName : names) {
                List<Element> next = new ArrayList<>();
                for (Element element : level) {
                    element.children.stream().filter(child -> child.name.equals(childName)).forEach(next::add);
                }
                level = next;
            }
            return level;
        }
    }

    /** An entry read whole, with the digest of its content, which names it when the bank gave it no reference. */
    private record Entry(Element element, String digest) {

        /** From its start element to its end, its names, attributes and texts fed to the digest as they come. */
        static Entry read(XMLStreamReader reader) throws XMLStreamException {
            Sha256 digest = Sha256.reading();
            Deque<Element> open = new ArrayDeque<>();
            Element entry = start(reader, digest);
            open.push(entry);
            while (!open.isEmpty()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element child = start(reader, digest);
                        open.peek().children.add(child);
                        open.push(child);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> open.peek().written.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element closed = open.pop();
                        String text = closed.written.toString().strip();
                        closed.text = text.isEmpty() ? null : text;
                        feed(digest, "/" + (closed.text == null ? "" : closed.text));
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new RuleViolation("shop.orders.bank-file-doctype");
                    default -> {
                    }
                }
            }
            return new Entry(entry, digest.hex());
        }

        private static Element start(XMLStreamReader reader, Sha256 digest) {
            Element element = new Element(reader.getLocalName());
            feed(digest, "<" + element.name);
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                feed(digest, " " + reader.getAttributeLocalName(i) + "=" + reader.getAttributeValue(i));
            }
            return element;
        }

        private static void feed(Sha256 digest, String part) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(bytes, 0, bytes.length);
        }
    }
}
