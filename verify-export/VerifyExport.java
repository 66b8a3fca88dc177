import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a case export of Perspectief's case-service offline, with nothing but a JDK: that its signature holds over
 * every byte the service signed (one byte changed and it fails), and, given the service's public key, that the
 * service signed it. Run it as {@code java VerifyExport.java [--key <public key file or base64>] <export file>...}
 * (or {@code scripts/verify-export}). Exit code 0: every file verified; 1: a file was changed or signed by another
 * key; 2: a file is not an export or cannot be read. {@code --new-key} prints a fresh key pair for the service.
 * <p>
 * The two forms an export takes: JSON, whose signed bytes are exactly the value of {@code "export"} between the fixed
 * header the service writes and the closing brace; PDF, whose signed bytes are the whole PDF before a final comment
 * line {@code %PERSPECTIEF-CASE-EXPORT-SIGNATURE Ed25519 <public key> <signature>} (PDF readers ignore comments).
 */
public final class VerifyExport {

    static final String PDF_MARKER = "\n%PERSPECTIEF-CASE-EXPORT-SIGNATURE ";
    private static final Pattern JSON_HEADER = Pattern.compile(
            "\\A\\{\"format\":\"perspectief-case-export/1\",\"algorithm\":\"Ed25519\","
                    + "\"publicKey\":\"([A-Za-z0-9+/=]+)\",\"signature\":\"([A-Za-z0-9+/=]+)\",\"export\":");
    private static final Pattern PDF_TRAILER = Pattern.compile(
            "\\A%PERSPECTIEF-CASE-EXPORT-SIGNATURE Ed25519 ([A-Za-z0-9+/=]+) ([A-Za-z0-9+/=]+)\\n\\z");

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--new-key")) {
            newKey();
            return;
        }
        String trusted = null;
        int first = 0;
        if (args.length >= 2 && args[0].equals("--key")) {
            trusted = keyText(args[1]);
            first = 2;
        }
        if (args.length <= first) {
            System.err.println("usage: verify-export [--key <public key file or base64>] <export file>...");
            System.exit(2);
        }
        int worst = 0;
        for (int i = first; i < args.length; i++) {
            worst = Math.max(worst, verify(Path.of(args[i]), trusted));
        }
        System.exit(worst);
    }

    /** 0 verified, 1 tampered or another signer, 2 not an export. */
    static int verify(Path file, String trustedKey) throws Exception {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException unreadable) {
            System.out.println(file + ": NOT READABLE (" + unreadable.getClass().getSimpleName() + ")");
            return 2;
        }
        Signed signed = startsWith(bytes, "%PDF-") ? pdf(bytes) : json(bytes);
        if (signed == null) {
            System.out.println(file + ": NOT AN EXPORT (no signature where a case export has one)");
            return 2;
        }
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(signed.publicKey())));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(signed.content());
        boolean intact;
        try {
            intact = ed25519.verify(Base64.getDecoder().decode(signed.signature()));
        } catch (java.security.SignatureException malformed) {
            intact = false;
        }
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getDecoder().decode(signed.publicKey()))).substring(0, 16);
        if (!intact) {
            System.out.println(file + ": TAMPERED: the signature does not match the content (key " + fingerprint + ")");
            return 1;
        }
        if (trustedKey != null && !trustedKey.equals(signed.publicKey())) {
            System.out.println(file + ": NOT SIGNED BY THE GIVEN KEY: intact, but signed by key " + fingerprint);
            return 1;
        }
        System.out.println(file + ": VERIFIED: " + signed.content().length + " signed bytes unchanged, signed by key "
                + fingerprint + (trustedKey == null ? " (give --key to check that it is the service's)" : ", the given key"));
        return 0;
    }

    /** Prints a fresh Ed25519 pair as the service's environment takes it (for an {@code .env} file). */
    private static void newKey() throws Exception {
        java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        System.out.println("PERSPECTIEF_EXPORT_SIGNING_KEY=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        System.out.println("PERSPECTIEF_EXPORT_VERIFYING_KEY=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    private static Signed json(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher header = JSON_HEADER.matcher(text);
        if (!header.find() || bytes.length < 1 || bytes[bytes.length - 1] != '}') {
            return null;
        }
        int start = header.group(0).getBytes(StandardCharsets.UTF_8).length;
        return new Signed(header.group(1), header.group(2), Arrays.copyOfRange(bytes, start, bytes.length - 1));
    }

    private static Signed pdf(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int marker = latin.lastIndexOf(PDF_MARKER);
        if (marker < 0) {
            return null;
        }
        Matcher trailer = PDF_TRAILER.matcher(latin.substring(marker + 1));
        if (!trailer.matches()) {
            return null;
        }
        return new Signed(trailer.group(1), trailer.group(2), Arrays.copyOfRange(bytes, 0, marker));
    }

    private static String keyText(String fileOrBase64) throws java.io.IOException {
        Path path = Path.of(fileOrBase64);
        return (Files.isRegularFile(path) ? Files.readString(path) : fileOrBase64).strip();
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= p.length && Arrays.equals(Arrays.copyOf(bytes, p.length), p);
    }

    private record Signed(String publicKey, String signature, byte[] content) {
    }
}
