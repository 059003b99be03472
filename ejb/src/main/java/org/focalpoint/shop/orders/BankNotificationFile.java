package org.focalpoint.shop.orders;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A camt.054.001.04 notification of the given credits to the account, as a Swiss bank writes one
 * for QR-bill payments: one booked entry per credit, its transaction carrying the bank's reference,
 * the payer's name and the QR reference. The demo writes one to pay its order; the tests read it back.
 */
public final class BankNotificationFile {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.04";

    private BankNotificationFile() {
    }

    /** The file's identifiers are made from the moment it was written, as a bank numbers its messages. */
    public static byte[] of(String iban, Instant written, List<BankCredit> credits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            String moment = written.truncatedTo(ChronoUnit.SECONDS).toString();
            String id = "FOCALPOINT-" + written.getEpochSecond();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("BkToCstmrDbtCdtNtfctn");
            xml.writeStartElement("GrpHdr");
            element(xml, "MsgId", id);
            element(xml, "CreDtTm", moment);
            xml.writeEndElement();
            xml.writeStartElement("Ntfctn");
            element(xml, "Id", id + "-1");
            element(xml, "CreDtTm", moment);
            xml.writeStartElement("Acct");
            xml.writeStartElement("Id");
            element(xml, "IBAN", iban.replace(" ", ""));
            xml.writeEndElement();
            xml.writeEndElement();
            for (BankCredit credit : credits) {
                entry(xml, credit);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, BankCredit credit) throws XMLStreamException {
        String amount = credit.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
        xml.writeStartElement("Ntry");
        amount(xml, amount, credit.currency());
        element(xml, "CdtDbtInd", "CRDT");
        element(xml, "Sts", "BOOK");
        xml.writeStartElement("BookgDt");
        element(xml, "Dt", credit.bookingDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("ValDt");
        element(xml, "Dt", credit.bookingDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        element(xml, "Cd", "PMNT");
        xml.writeStartElement("Fmly");
        element(xml, "Cd", "RCDT");
        element(xml, "SubFmlyCd", "VCOM");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("NtryDtls");
        xml.writeStartElement("TxDtls");
        xml.writeStartElement("Refs");
        element(xml, "AcctSvcrRef", credit.bankReference());
        xml.writeEndElement();
        amount(xml, amount, credit.currency());
        element(xml, "CdtDbtInd", "CRDT");
        if (credit.debtorName() != null) {
            xml.writeStartElement("RltdPties");
            xml.writeStartElement("Dbtr");
            element(xml, "Nm", credit.debtorName());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (credit.reference() != null) {
            xml.writeStartElement("RmtInf");
            xml.writeStartElement("Strd");
            xml.writeStartElement("CdtrRefInf");
            xml.writeStartElement("Tp");
            xml.writeStartElement("CdOrPrtry");
            element(xml, "Prtry", "QRR");
            xml.writeEndElement();
            xml.writeEndElement();
            element(xml, "Ref", credit.reference());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String amount, String currency) throws XMLStreamException {
        xml.writeStartElement("Amt");
        xml.writeAttribute("Ccy", currency);
        xml.writeCharacters(amount);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
