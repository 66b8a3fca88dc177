package nl.perspectief.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The build points {@code java.io.tmpdir} into {@code target/tmp}; the embedded broker and database
 * write there and fail when it does not exist yet, so it is created before the first test class. In the test-jar,
 * so that every module testing with it (intake-service, case-service, local-stack) has the folder too.
 */
public class TestTemporaryFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
