package nl.perspectief.mailoutbox;

import static nl.perspectief.mailoutbox.MailOutboxFixtures.appointmentFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promise "a crash sends once, not zero or twice", measured: a sender process works through an outbox of
 * {@value #MAILS} mails and is killed with SIGKILL ({@link Process#destroyForcibly()}) {@value #KILLS} times mid-way,
 * each time after another share has arrived; a last process finishes the outbox. Every mail must arrive.
 * <p>
 * SMTP cannot be made idempotent, so a kill between the server's acceptance and the commit that marks the mail sent
 * sends that mail again, with the same Message-ID. Half of the kills are aimed at that window (the moment a mail
 * arrives), the other half fall at a random moment up to one mail's time later, as a crash would. The test predicts
 * the copies (after each kill, a mail the server has but the table does not call sent was caught in the window),
 * requires the mails found twice at the end to be exactly those, allows at most one per kill, and prints the figures.
 */
class KillDuringSendingIT {

    private static final int MAILS = 200;
    private static final int KILLS = 6;
    /** About one mail's time on this kind of machine, most of it the SMTP connection's set-up. */
    private static final int MAX_RANDOM_DELAY_MILLIS = 50;

    private final GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
        mailServer.stop();
    }

    @Test
    void sendsEveryMailAcrossKillsWithAtMostOneCopyPerKill() throws Exception {
        mailServer.start();
        int port = mailServer.getSmtp().getPort();
        TestOutbox outbox = new TestOutbox(port);
        Set<String> messageIds = new HashSet<>();
        for (int i = 0; i < MAILS; i++) {
            OutgoingMail mail = appointmentFor(UUID.randomUUID(), "person" + i + "@example.org", "Person " + i, "PH-2026-" + i);
            outbox.outbox.enqueue(mail);
            messageIds.add("<" + mail.mailId() + "@perspectief.test>");
        }

        Set<String> caughtInTheWindow = new HashSet<>();
        List<String> report = new ArrayList<>();
        Random random = new Random();
        for (int kill = 1; kill <= KILLS; kill++) {
            int arrivedBeforeKill = MAILS * kill / (KILLS + 1);
            Process sender = startSender(kill, outbox.database.url(), port);
            String name = "sender " + kill;
            Awaitility.await("mail " + arrivedBeforeKill + " to arrive from " + name)
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(1))
                    .until(() -> {
                        assertThat(sender.isAlive()).as(name + " still sending; see its log").isTrue();
                        return mailServer.getReceivedMessages().length >= arrivedBeforeKill;
                    });
            boolean onArrival = kill % 2 == 1;
            int delay = onArrival ? 0 : random.nextInt(MAX_RANDOM_DELAY_MILLIS + 1);
            Thread.sleep(delay);
            sender.destroyForcibly();
            assertThat(sender.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // a message whose last line was in before the kill is still being delivered
            Thread.sleep(300);
            Set<String> received = ParallelSendersIT.copiesByMessageId(mailServer.getReceivedMessages()).keySet();
            Set<String> marked = sentIn(outbox);
            Set<String> unmarked = new HashSet<>(received);
            unmarked.removeAll(marked);
            caughtInTheWindow.addAll(unmarked);
            report.add(String.format("  kill -9 #%d, %s: %d mails received (%d copies so far), %d marked SENT, %d accepted but not marked",
                    kill, onArrival ? "on an arrival" : delay + " ms after an arrival", mailServer.getReceivedMessages().length,
                    copiesReceived(), marked.size(), unmarked.size()));
            assertThat(marked).as("killed mid-way").hasSizeLessThan(MAILS);
        }
        Process last = startSender(KILLS + 1, outbox.database.url(), port);
        assertThat(last.waitFor(90, TimeUnit.SECONDS)).as("the last sender finishes the outbox").isTrue();
        assertThat(last.exitValue()).isZero();

        Map<String, Long> copiesByMessageId = ParallelSendersIT.copiesByMessageId(mailServer.getReceivedMessages());
        long duplicates = copiesReceived();
        System.out.printf("Outbox of %d mails, sender killed %d times:%n%s%n  at the end: %d mails received, %d distinct"
                        + " Message-IDs, %d duplicates (%d predicted from the kills)%n",
                MAILS, KILLS, String.join("\n", report), mailServer.getReceivedMessages().length, copiesByMessageId.size(),
                duplicates, caughtInTheWindow.size());
        assertThat(copiesByMessageId.keySet()).as("every mail arrived").isEqualTo(messageIds);
        assertThat(sentIn(outbox)).isEqualTo(messageIds);
        Set<String> copied = copiesByMessageId.entrySet().stream().filter(copies -> copies.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(copied).as("the copies are the mails a kill caught between the server's 250 and the commit")
                .isEqualTo(caughtInTheWindow);
        assertThat(duplicates).isLessThanOrEqualTo(KILLS);
        assertThat(copiesByMessageId.values()).allMatch(count -> count <= 2);
    }

    private long copiesReceived() {
        return ParallelSendersIT.copiesByMessageId(mailServer.getReceivedMessages()).values().stream()
                .mapToLong(count -> count - 1).sum();
    }

    private static Set<String> sentIn(TestOutbox outbox) {
        return Set.copyOf(outbox.database.jdbc().sql("select message_id from mail_outbox where state = 'SENT'")
                .query(String.class).list());
    }

    private Process startSender(int number, String databaseUrl, int smtpPort) throws IOException {
        Path logs = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("kill-test");
        Files.createDirectories(logs);
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                OutboxSendingProcess.class.getName(),
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=5000",
                "--perspectief.personal-data.master-key=" + MailOutboxFixtures.MASTER_KEY,
                "--perspectief.mail.from=" + MailOutboxFixtures.FROM,
                "--perspectief.mail.poll-interval=20ms",
                "--perspectief.mail.batch-size=1000")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("sender-" + number + ".log").toFile())
                .start();
        processes.add(process);
        return process;
    }
}
