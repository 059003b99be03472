package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bank's camt.054 file read into credits: the shapes banks write, and what an upload must not get through. */
class BankNotificationTest {

    private static final String V04 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.04";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BankNotificationTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A notification in the given namespace around the given entries. */
    private static String notification(String namespace, String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="%s">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T10:00:00Z</CreDtTm></GrpHdr>
                    <Ntfctn><Id>N1</Id><CreDtTm>2026-03-02T10:00:00Z</CreDtTm>
                      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>
                      %s
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(namespace, entries);
    }

    private static String credit(String amount, String reference) {
        return """
                <Ntry><Amt Ccy="CHF">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2026-03-02</Dt></BookgDt>
                  <NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>%s</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>
                </Ntry>
                """.formatted(amount, reference);
    }

    private static RuleViolation refused(byte[] file) {
        return assertThrows(RuleViolation.class, () -> BankNotification.read(file));
    }

    @Test
    void oneQrBillPaymentInVersion08() throws IOException {
        List<BankCredit> credits = BankNotification.read(resource("camt054-v08-one-credit.xml"));
        assertEquals(List.of(new BankCredit("260302CH0A1B2C3D-TX1", LocalDate.of(2026, 3, 2), new BigDecimal("52.50"), "CHF",
                "000000000000000026000001235", "Ministère des Postes & Télécommunications")), credits);
    }

    @Test
    void aBatchGivesOneCreditPerTransactionAndLeavesOutDebitsAndPendingCredits() throws IOException {
        List<BankCredit> credits = BankNotification.read(resource("camt054-v02-batch.xml"));
        LocalDate booked = LocalDate.of(2026, 3, 3);
        assertEquals(List.of(
                new BankCredit("BATCH-0303-77/1", booked, new BigDecimal("100.00"), "CHF", "000000000000000026000001235", "Ada Lovelace"),
                new BankCredit("BATCH-0303-77/2", booked, new BigDecimal("40.00"), "CHF", null, null),
                new BankCredit("BATCH-0303-77/3", booked, new BigDecimal("20.00"), "CHF", "210000000003139471430009017", "Grace Hopper")),
                credits);
    }

    @Test
    void severalEntriesInEveryVersionFrom02To08() {
        for (int version = 2; version <= 8; version++) {
            String namespace = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.0" + version;
            List<BankCredit> credits = BankNotification.read(bytes(notification(namespace,
                    credit("10.00", "000000000000000026000001235") + credit("12.5", "000000000000000026000001240"))));
            assertEquals(List.of(new BigDecimal("10.00"), new BigDecimal("12.50")), credits.stream().map(BankCredit::amount).toList());
            assertEquals("000000000000000026000001240", credits.get(1).reference());
        }
    }

    @Test
    void anEntryWithoutTheBanksReferenceIsNamedByItsContentTheSameEachTime() {
        byte[] file = bytes(notification(V04, credit("10.00", "000000000000000026000001235") + credit("10.00", "000000000000000026000001240")));
        List<BankCredit> first = BankNotification.read(file);
        List<BankCredit> again = BankNotification.read(file);
        assertTrue(first.get(0).bankReference().startsWith("sha256:"), first.get(0).bankReference());
        assertEquals(first, again);
        assertNotEquals(first.get(0).bankReference(), first.get(1).bankReference());
    }

    @Test
    void aFileWithoutCreditsGivesNone() {
        assertEquals(List.of(), BankNotification.read(bytes(notification(V04, ""))));
    }

    @Test
    void theWrittenFileIsReadBackAsTheSameCredits() {
        List<BankCredit> credits = List.of(
                new BankCredit("DEMO-2600000123", LocalDate.of(2026, 3, 2), new BigDecimal("44.20"), "CHF",
                        QrReference.of("2600000123"), "Zoë Müller <ITU & co>"),
                new BankCredit("DEMO-2600000124", LocalDate.of(2026, 3, 3), new BigDecimal("0.05"), "CHF", null, null));
        byte[] file = BankNotificationFile.of("CH44 3199 9123 0008 8901 2", Instant.parse("2026-03-03T08:15:30.123Z"), credits);
        assertTrue(new String(file, StandardCharsets.UTF_8).contains(V04));
        assertEquals(credits, BankNotification.read(file));
    }

    @Test
    void aFileThatIsNotXmlIsRefused() {
        String notXml = "The file is not an XML file that can be read whole (or it is incomplete): please upload the camt.054 file as the bank sent it. Nothing was recorded.";
        assertEquals(notXml, refused(bytes("Date;Amount;Reference\n2026-03-02;52.50;000000000000000026000001235\n")).getMessage());
        assertEquals(notXml, refused(bytes("%PDF-1.7\n%%EOF\n")).getMessage());
        String whole = notification(V04, credit("10.00", "000000000000000026000001235"));
        assertEquals("shop.orders.bank-file-not-xml", refused(bytes(whole.substring(0, whole.length() / 2))).key());
        assertEquals("shop.orders.bank-file-not-xml", refused(bytes(whole.replace("</Ntfctn>", ""))).key());
        byte[] latin1 = notification(V04, credit("10.00", "000000000000000026000001235")).replace("<MsgId>M1", "<MsgId>Genève")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("shop.orders.bank-file-not-xml", refused(latin1).key());
        assertEquals("shop.orders.bank-file-not-xml", refused(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}).key());
        assertEquals("shop.orders.bank-file-not-xml", refused(bytes("<Document xmlns=\"" + V04 + "\"><a></b></Document>")).key());
        assertEquals("shop.orders.bank-file-empty", refused(new byte[0]).key());
    }

    @Test
    void anotherIso20022MessageIsRefusedByItsName() {
        RuleViolation statement = refused(bytes(notification("urn:iso:std:iso:20022:tech:xsd:camt.053.001.04", "")));
        assertEquals("shop.orders.bank-file-not-camt054", statement.key());
        assertTrue(statement.getMessage().contains("but camt.053.001.04"), statement.getMessage());
        RuleViolation order = refused(bytes("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>"));
        assertTrue(order.getMessage().contains("but pain.001.001.09"), order.getMessage());
        assertEquals("shop.orders.bank-file-not-camt054",
                refused(bytes(notification("urn:iso:std:iso:20022:tech:xsd:camt.054.001.09", ""))).key());
        assertEquals("shop.orders.bank-file-not-camt054", refused(bytes("<html><body>camt.054</body></html>")).key());
    }

    @Test
    void anXmlBombIsRefusedBeforeItExpands() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
                ]>
                """ + notification(V04, credit("10.00", "&h;")).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
        assertEquals("shop.orders.bank-file-doctype", refused(bytes(bomb)).key());
    }

    @Test
    void anExternalEntityIsNeitherFetchedNorRead() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "000000000000000026000001235");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                + notification(V04, credit("10.00", "&secret;")).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
        try {
            assertEquals("shop.orders.bank-file-doctype", refused(bytes(xxe)).key());
            String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"" + secret.toUri() + "\">\n"
                    + notification(V04, "").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
            assertEquals("shop.orders.bank-file-doctype", refused(bytes(external)).key());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void anUndeclaredEntityIsNotXml() {
        assertEquals("shop.orders.bank-file-not-xml", refused(bytes(notification(V04, credit("10.00", "&secret;")))).key());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        String head = notification(V04, "");
        byte[] file = new byte[BankNotification.MAX_BYTES + 1];
        byte[] start = bytes(head);
        System.arraycopy(start, 0, file, 0, start.length);
        Arrays.fill(file, start.length, file.length, (byte) ' ');
        RuleViolation refused = refused(file);
        assertEquals("The file is larger than 20 MB, the most a bank file can be. Nothing was recorded.", refused.getMessage());
        byte[] justUnder = Arrays.copyOf(file, BankNotification.MAX_BYTES);
        assertEquals(List.of(), BankNotification.read(justUnder));
    }

    @Test
    void aCreditWithoutAnAmountIsRefused() {
        String noAmount = """
                <Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>
                """;
        RuleViolation refused = refused(bytes(notification(V04, credit("10.00", "000000000000000026000001235") + noAmount)));
        assertEquals("Entry 2 of the file has a credit without an amount. Nothing was recorded.", refused.getMessage());
        String batchLackingOne = """
                <Ntry><Amt Ccy="CHF">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
                  <NtryDtls>
                    <TxDtls><Amt Ccy="CHF">10.00</Amt></TxDtls>
                    <TxDtls><RmtInf><Strd><CdtrRefInf><Ref>000000000000000026000001235</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
                  </NtryDtls>
                </Ntry>
                """;
        assertEquals("shop.orders.bank-file-credit-without-amount", refused(bytes(notification(V04, batchLackingOne))).key());
    }

    @Test
    void anAmountThatIsNotOneIsRefused() {
        for (String amount : List.of("12,50", "-5.00", "1.005", "ten")) {
            RuleViolation refused = refused(bytes(notification(V04, credit(amount, "000000000000000026000001235"))));
            assertEquals("Entry 1 of the file has the amount \"" + amount + "\", which is not an amount with its currency. Nothing was recorded.",
                    refused.getMessage());
        }
        String withoutCurrency = notification(V04, credit("10.00", "000000000000000026000001235")).replace(" Ccy=\"CHF\"", "");
        assertEquals("shop.orders.bank-file-amount-invalid", refused(bytes(withoutCurrency)).key());
    }

    @Test
    void aCreditWithoutABookingDateIsRefused() {
        String undated = notification(V04, credit("10.00", "000000000000000026000001235")).replace("<BookgDt><Dt>2026-03-02</Dt></BookgDt>", "");
        assertEquals("shop.orders.bank-file-credit-without-date", refused(bytes(undated)).key());
        String misdated = notification(V04, credit("10.00", "000000000000000026000001235")).replace("2026-03-02</Dt>", "02.03.2026</Dt>");
        assertEquals("shop.orders.bank-file-credit-without-date", refused(bytes(misdated)).key());
    }

    @Test
    void aDebitedTransactionInACreditedEntryIsLeftOut() {
        String mixed = """
                <Ntry><Amt Ccy="CHF">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>
                  <NtryDtls>
                    <TxDtls><Amt Ccy="CHF">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
                    <TxDtls><Amt Ccy="CHF">9.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>
                  </NtryDtls>
                </Ntry>
                """;
        assertEquals(List.of(new BigDecimal("10.00")),
                BankNotification.read(bytes(notification(V04, mixed))).stream().map(BankCredit::amount).toList());
    }
}
