package nl.perspectief.intake;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) per test JVM on a free port, started on first use and stopped when the JVM ends;
 * it keeps every mail the service sends, per recipient.
 */
public final class EmbeddedMailServer {

    private static final class Holder {
        static final GreenMail SERVER = start();
    }

    static int port() {
        return Holder.SERVER.getSmtp().getPort();
    }

    /** Every mail delivered to this address so far. */
    public static List<MimeMessage> mailsTo(String address) {
        return Holder.SERVER.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private EmbeddedMailServer() {
    }
}
