package nl.perspectief.localstack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail catcher as the README tells a person to use it: mail in over SMTP, read back over its REST API; and its log
 * without the address, as every log of the stack.
 */
class GreenMailServerTest {

    private GreenMailServer mail;

    @AfterEach
    void stopMailCatcher() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void keepsAMailSentOverSmtpForAPersonToReadThroughItsApi() throws Exception {
        var data = TestDirectories.fresh("greenmail");
        mail = new GreenMailServer(GreenMailServer.standaloneJar(), FreePorts.next(), FreePorts.next(), data.resolve("logs/greenmail.log"));
        mail.launch();
        mail.awaitReady(Duration.ofSeconds(60));

        sendOverSmtp("julia@example.org", "Uw aanmelding bij Perspectief Herstelbemiddeling", "Het referentienummer is PH-2026-00042.");

        var http = HttpClient.newHttpClient();
        var messages = http.send(HttpRequest.newBuilder(URI.create(mail.webUri() + "/api/user/julia@example.org/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(messages.statusCode()).isEqualTo(200);
        JsonNode list = JsonMapper.builder().build().readTree(messages.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("subject").asString()).isEqualTo("Uw aanmelding bij Perspectief Herstelbemiddeling");
        assertThat(list.get(0).get("mimeMessage").asString()).contains("PH-2026-00042");
        var page = http.send(HttpRequest.newBuilder(mail.webUri()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("GreenMail");
        assertThat(Files.readString(mail.logFile())).as("its log: the start-up, not the mailbox's address")
                .contains("Starting GreenMail standalone").doesNotContain("julia");
    }

    /** The SMTP conversation a service's mail sender has, by hand: this module has no mail library. */
    private void sendOverSmtp(String to, String subject, String body) throws Exception {
        try (var socket = new Socket(mail.smtpHost(), mail.smtpPort());
             var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            expect(in, "220");
            command(out, in, "HELO localhost", "250");
            command(out, in, "MAIL FROM:<aanmelding@perspectief.test>", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            command(out, in, "Subject: " + subject + "\r\nFrom: aanmelding@perspectief.test\r\nTo: " + to + "\r\n\r\n" + body + "\r\n.", "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(Writer out, BufferedReader in, String line, String expectedReply) throws Exception {
        out.write(line + "\r\n");
        out.flush();
        expect(in, expectedReply);
    }

    private static void expect(BufferedReader in, String code) throws Exception {
        String reply;
        do {
            reply = in.readLine();
            assertThat(reply).as("SMTP reply").startsWith(code);
        } while (reply.charAt(3) == '-');
    }
}
