package nl.perspectief.cases.compliance.query;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.stereotype.Component;

import nl.perspectief.cases.config.CaseServiceProperties;

/**
 * Signs compliance's exports with the service's Ed25519 key (the JDK's, no crypto of our own). The key pair comes
 * from the environment; a missing, malformed or mismatched pair stops the start-up, naming the variables, rather
 * than let exports go out that nobody can check.
 */
@Component
class ExportSigner {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey signingKey;
    private final String verifyingKey;

    ExportSigner(CaseServiceProperties properties) {
        CaseServiceProperties.Export export = properties.export();
        if (export.signingKey() == null || export.signingKey().isBlank()
                || export.verifyingKey() == null || export.verifyingKey().isBlank()) {
            throw new IllegalStateException("Set PERSPECTIEF_EXPORT_SIGNING_KEY and PERSPECTIEF_EXPORT_VERIFYING_KEY "
                    + "(perspectief.cases.export.*): the Ed25519 pair compliance's exports are signed with; see README");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            this.signingKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(export.signingKey().strip())));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(export.verifyingKey().strip())));
            this.verifyingKey = Base64.getEncoder().encodeToString(publicKey.getEncoded());
            byte[] probe = "perspectief".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(publicKey);
            check.update(probe);
            if (!check.verify(sign(probe))) {
                throw new IllegalStateException("PERSPECTIEF_EXPORT_VERIFYING_KEY is not the public key of "
                        + "PERSPECTIEF_EXPORT_SIGNING_KEY");
            }
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            throw new IllegalStateException("PERSPECTIEF_EXPORT_SIGNING_KEY or PERSPECTIEF_EXPORT_VERIFYING_KEY is not "
                    + "a base64 Ed25519 key (PKCS#8, X.509)", malformed);
        }
    }

    /** The signature of these bytes, raw. */
    byte[] sign(byte[] content) {
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initSign(signingKey);
            ed25519.update(content);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 15+ signs with Ed25519", e);
        }
    }

    /** The public key, base64 of its X.509 encoding: what an export names and an auditor compares. */
    String verifyingKey() {
        return verifyingKey;
    }
}
