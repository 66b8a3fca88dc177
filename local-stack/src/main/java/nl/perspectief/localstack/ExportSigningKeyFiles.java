package nl.perspectief.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The Ed25519 pair case-service signs compliance's exports with: generated once per data folder and reused, so an
 * export made yesterday still verifies against today's public key. The private key is readable by its owner only and
 * never printed; the public key ({@code export-signing.pub}) is what an auditor verifies exports against.
 *
 * @param signingKey   base64 PKCS#8
 * @param verifyingKey base64 X.509
 */
public record ExportSigningKeyFiles(String signingKey, String verifyingKey) {

    static final String PRIVATE_FILE = "export-signing.key";
    static final String PUBLIC_FILE = "export-signing.pub";

    /** A fresh pair, in the encodings the service reads. */
    public static ExportSigningKeyFiles generate() {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 15+ has Ed25519", e);
        }
        return new ExportSigningKeyFiles(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    /** Reads the pair from {@code folder}, creating it on first use. */
    public static ExportSigningKeyFiles loadOrCreate(Path folder) throws IOException {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return new ExportSigningKeyFiles(Files.readString(privateFile, StandardCharsets.US_ASCII).strip(),
                    Files.readString(publicFile, StandardCharsets.US_ASCII).strip());
        }
        var keys = generate();
        Files.createDirectories(folder);
        Files.deleteIfExists(privateFile);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(privateFile);
        }
        Files.writeString(privateFile, keys.signingKey() + "\n", StandardCharsets.US_ASCII);
        Files.writeString(publicFile, keys.verifyingKey() + "\n", StandardCharsets.US_ASCII);
        return keys;
    }
}
