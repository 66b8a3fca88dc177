package nl.perspectief.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Fresh folders under target/ for the data of a test, kept after the run for a look at the logs. */
final class TestDirectories {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private TestDirectories() {
    }

    static Path fresh(String name) {
        try {
            // zonky unpacks the PostgreSQL binaries into java.io.tmpdir, which the pom points into target/
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return Files.createDirectories(Path.of("target", "stack-data", name + "-" + LocalDateTime.now().format(STAMP)).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
