package nl.perspectief.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key that wraps the per-subject keys of personal data: generated once per data folder and
 * reused, because a new key would make every stored personal field unreadable. Never printed.
 */
public final class MasterKeyFile {

    private MasterKeyFile() {
    }

    /** A fresh key: base64 of 32 random bytes. */
    public static String generate() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Reads the key from {@code file}, creating it (owner read/write only) on first use. */
    public static String loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            var key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IOException(file + " does not hold a base64 key of 32 bytes");
            }
            return key;
        }
        Files.createDirectories(file.getParent());
        var key = generate();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
        return key;
    }
}
