package nl.perspectief.mailoutbox;

import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP connection of one round of the outbox: opened for its first mail and kept for the next ones, so that a
 * round pays once for what every connection costs before its first mail (TCP, the server's greeting, EHLO, and STARTTLS
 * and AUTH where the server asks for them). Measured on GreenMail, a mail over a connection of its own took 45 ms, the
 * next mail over an open one 1 ms (issue 14); a relay over TLS adds a handshake per connection.
 * <p>
 * A connection in doubt carries no mail: every failure closes it, and so does a server that ended the session between
 * two mails (asked with a NOOP before each reuse); the next mail opens a new one. Whether a mail went
 * is decided per mail, as before: its own transaction commits {@code SENT} only after the server's {@code 250}.
 * <p>
 * It needs Spring's {@link JavaMailSenderImpl} (what Spring Boot configures from {@code spring.mail.*}) for the
 * session and the server's address; any other {@link JavaMailSender} sends each mail as it sees fit.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSender mailSender;
    private Transport transport;

    SmtpConnection(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    /** Hands the message to the server over this round's connection, opening it first if there is none. */
    void send(MimeMessage message) throws MessagingException {
        if (!(mailSender instanceof JavaMailSenderImpl server)) {
            mailSender.send(message);
            return;
        }
        try {
            // as JavaMailSenderImpl does between the messages of a batch: a server may end a session between two
            // mails (an idle timeout, a limit of mails per session), and that is no reason to count a failed attempt
            if (transport != null && !transport.isConnected()) {
                close();
            }
            if (transport == null) {
                transport = connect(server);
            }
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            // saveChanges gives the message a new Message-ID; every attempt of a mail keeps the one it was queued with
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            Address[] recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
        } catch (MessagingException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    /** Ends the SMTP session (QUIT) if one is open; a server that is gone already is no failure here. */
    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // the mails it carried were each decided when the server answered them
        } finally {
            transport = null;
        }
    }

    /** As {@link JavaMailSenderImpl} connects: its session, protocol, host, port, and no credentials when they are blank. */
    private static Transport connect(JavaMailSenderImpl server) throws MessagingException {
        String username = server.getUsername();
        String password = server.getPassword();
        if (username != null && username.isEmpty()) {
            username = null;
            if (password != null && password.isEmpty()) {
                password = null;
            }
        }
        String protocol = server.getProtocol();
        if (protocol == null) {
            protocol = server.getSession().getProperty("mail.transport.protocol");
        }
        Transport transport = server.getSession().getTransport(protocol == null ? "smtp" : protocol);
        transport.connect(server.getHost(), server.getPort(), username, password);
        return transport;
    }
}
