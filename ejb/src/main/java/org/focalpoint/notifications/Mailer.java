package org.focalpoint.notifications;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mail through the server's {@code java:jboss/mail/FocalPoint} session. Inside a transaction
 * the mail leaves only once the transaction has committed: a link in a mail always points at rows
 * that exist, and a refused request sends nothing.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/FocalPoint")
    private Session session;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public void send(OutgoingMail mail) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        deliver(mail);
                    }
                }
            });
        } else {
            deliver(mail);
        }
    }

    private void deliver(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachment() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                message.setContent(withAttachment(mail));
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            // The change is committed already; the person can ask for the mail again from the page.
            LOG.log(Level.SEVERE, "Could not send \"" + mail.subject() + "\" to " + mail.to(), e);
        }
    }

    /** The text first, then the file, as mail clients show a message with an attachment. */
    private static MimeMultipart withAttachment(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart file = new MimeBodyPart();
        OutgoingMail.Attachment attachment = mail.attachment();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        file.setDisposition(Part.ATTACHMENT);
        return new MimeMultipart(text, file);
    }
}
