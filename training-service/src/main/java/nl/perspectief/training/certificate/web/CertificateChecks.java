package nl.perspectief.training.certificate.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.training.session.api.CertificateCheckView;
import nl.perspectief.training.session.api.FindCertificateQuery;

/**
 * The public check of a certificate's verification code, for the page and the API alike: whether a certificate with it
 * was issued, for which course and on which dates, and nothing else (not the name: a code proves a document, not who
 * shows it). A code is 12 characters of an alphabet of 32 (no 0/O, 1/I), drawn with SecureRandom when it is issued: 60
 * bits, so with the check limited to 200 a minute overall, 105 million guesses a year would find one of a million
 * issued codes with a chance of about 1 in 10,000. Case and the spaces and dashes people type are ignored.
 */
@Component
class CertificateChecks {

    /** What may be a code, once spaces and dashes are taken out; anything else is bad input, not an unknown code. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

    private final QueryGateway queries;

    CertificateChecks(QueryGateway queries) {
        this.queries = queries;
    }

    /** @throws MalformedCodeException when the text cannot be a code at all */
    CertificateCheckView check(String code) {
        String cleaned = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(cleaned).matches()) {
            throw new MalformedCodeException();
        }
        return queries.query(new FindCertificateQuery(cleaned), ResponseTypes.instanceOf(CertificateCheckView.class))
                .join();
    }

    /** The text given as a code holds something no code has, or is empty or too long. */
    static class MalformedCodeException extends RuntimeException {

        MalformedCodeException() {
            super("not a verification code");
        }
    }
}
