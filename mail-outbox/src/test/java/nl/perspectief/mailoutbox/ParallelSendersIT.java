package nl.perspectief.mailoutbox;

import static nl.perspectief.mailoutbox.MailOutboxFixtures.appointmentFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances of a service share one outbox: {@code for update skip locked} gives every mail to one of them. */
class ParallelSendersIT {

    private static final int MAILS = 200;

    private final GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void twoSendersOnOneTableSendEveryMailOnce() {
        mailServer.start();
        TestOutbox outbox = new TestOutbox(mailServer.getSmtp().getPort());
        List<OutgoingMail> mails = IntStream.range(0, MAILS)
                .mapToObj(i -> appointmentFor(UUID.randomUUID(), "person" + i + "@example.org", "Person " + i, "PH-2026-" + i))
                .toList();
        mails.forEach(outbox.outbox::enqueue);
        OutboxSender first = outbox.senderTo(mailServer.getSmtp().getPort());
        OutboxSender second = outbox.senderTo(mailServer.getSmtp().getPort());

        int byFirst;
        int bySecond;
        // threads of their own: the common pool has a single thread on a two-core machine
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            var firstSent = CompletableFuture.supplyAsync(() -> first.sendDue(MAILS), threads);
            var secondSent = CompletableFuture.supplyAsync(() -> second.sendDue(MAILS), threads);
            byFirst = firstSent.join();
            bySecond = secondSent.join();
        }

        System.out.printf("Two senders on one outbox: %d and %d of %d mails%n", byFirst, bySecond, MAILS);
        assertThat(byFirst + bySecond).isEqualTo(MAILS);
        assertThat(byFirst).as("both took part").isPositive();
        assertThat(bySecond).as("both took part").isPositive();
        Map<String, Long> copies = copiesByMessageId(mailServer.getReceivedMessages());
        assertThat(copies).hasSize(MAILS).allSatisfy((messageId, count) -> assertThat(count).as(messageId).isEqualTo(1));
        assertThat(outbox.database.jdbc().sql("select count(*) from mail_outbox where state = 'SENT'").query(Long.class).single())
                .isEqualTo(MAILS);
    }

    static Map<String, Long> copiesByMessageId(MimeMessage[] received) {
        return Arrays.stream(received).map(ParallelSendersIT::messageIdOf)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
