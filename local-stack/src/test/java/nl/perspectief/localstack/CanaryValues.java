package nl.perspectief.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Personal data that cannot occur by chance: a registration filled with values no log could contain unless
 * someone's name, address or story was written to it, and a scan of every log line the stack wrote for them.
 */
final class CanaryValues {

    private final String marker = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    String name() {
        return marker + " Jansen";
    }

    String otherPartyName() {
        return marker + " Pietersen";
    }

    String email() {
        return marker.toLowerCase() + "@example.org";
    }

    String phone() {
        return "+31 6 " + Math.abs(marker.hashCode() % 90_000_000 + 10_000_000);
    }

    String street() {
        return marker + "straat 12";
    }

    String story() {
        return "Het verhaal van " + marker + ", dat alleen de bemiddelaar mag lezen.";
    }

    /** What to look for: the marker itself catches every field, the phone number the one without it. */
    List<String> needles() {
        return List.of(marker, marker.toLowerCase(), phone());
    }

    /** A registration as the website posts it, every personal field a canary. */
    String registration() {
        return """
                {
                  "applicant": {
                    "role": "VICTIM",
                    "fullName": "%s",
                    "email": "%s",
                    "phone": "%s",
                    "postalAddress": { "street": "%s", "postalCode": "1234 AB", "city": "Utrecht", "country": null },
                    "preferredChannel": "EMAIL",
                    "safeToLeaveMessages": false,
                    "minor": false
                  },
                  "incident": {
                    "category": "VIOLENCE",
                    "approximateDate": "2024-03",
                    "policeReportFiled": true,
                    "criminalProceedings": "CONVICTED"
                  },
                  "otherParty": { "known": true, "fullName": "%s", "relationship": "neighbour" },
                  "story": "%s",
                  "referrer": null,
                  "privacyStatementAccepted": true,
                  "website": ""
                }
                """.formatted(name(), email(), phone(), street(), otherPartyName(), story());
    }

    /** What every canary value holds: the generator of malformed requests puts it into every string it sends. */
    String marker() {
        return marker;
    }

    /** The same person's case as the desk types it in from a phone call. */
    String phoneCase() {
        return """
                {
                  "source": "PHONE",
                  "receivedAt": "2026-04-01T09:00:00Z",
                  "applicant": {"role": "VICTIM", "fullName": "%s", "email": "%s", "phone": "%s",
                                "preferredChannel": "EMAIL", "safeToLeaveMessages": false, "minor": false},
                  "otherParty": {"known": true, "fullName": "%s", "relationship": "neighbour"},
                  "incident": {"category": "VIOLENCE", "approximateDate": "2024-03",
                               "policeReportFiled": true, "criminalProceedings": "CONVICTED"},
                  "story": "%s"
                }
                """.formatted(name(), email(), phone(), otherPartyName(), story());
    }

    /** The same person's registration with a broken e-mail address, which the intake refuses. */
    String refusedRegistration() {
        return registration().replace(email(), marker + "@@not-an-address");
    }

    /** Every non-empty log file under {@code logs}, and each canary found in one. */
    record Scan(List<String> scannedFiles, List<String> found) {
    }

    Scan scan(Path logs) throws IOException {
        var scanned = new ArrayList<String>();
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                // ISO-8859-1 reads any bytes; the canaries are ASCII
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (!text.isBlank()) {
                    scanned.add(file.getFileName().toString());
                }
                needles().stream().filter(text::contains).forEach(needle -> found.add(needle + " in " + file.getFileName()));
            }
        }
        return new Scan(scanned, found);
    }
}
