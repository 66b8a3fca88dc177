package nl.perspectief.publicdefences;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A service with public endpoints of the usual shapes, for the module's tests: a JSON post, a page's form post (a
 * browser refused gets a page) and a look-up by a code; limits from {@code test.*} so each test class sets its own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DefendedThings.Things.class)
class DefendedThings {

    static final String THINGS = "/api/things";
    static final String FORM = "/things/form";
    static final String TOO_MANY = "/things/too-many";
    static final String CHECK = "/things/check";
    static final String CHECK_API = "/api/things/check";

    @Bean
    SimpleMeterRegistry meters() {
        return new SimpleMeterRegistry();
    }

    @Bean
    GuardedEndpoint things(@Value("${test.per-client:2}") long perClient, @Value("${test.overall:1000}") long overall) {
        return GuardedEndpoint.of("thing", "things", HttpMethod.POST, THINGS, FORM)
                .withRateLimit(new RateLimit(new Limit(perClient, Duration.ofMinutes(1), perClient),
                        new Limit(overall, Duration.ofMinutes(1), overall), 1000))
                .withMaxBody(DataSize.ofBytes(256))
                .withBrowserRefusalPage(TOO_MANY);
    }

    @Bean
    GuardedEndpoint checks() {
        return GuardedEndpoint.of("check", "checks", HttpMethod.GET, CHECK)
                .onlyWithQueryParameter("code")
                .alsoAt(HttpMethod.GET, CHECK_API + "/*")
                .withRateLimit(new RateLimit(new Limit(1, Duration.ofHours(1), 1), new Limit(1000, Duration.ofMinutes(1), 1000), 1000));
    }

    @Bean
    TrustedProxies trustedProxies(@Value("${test.trusted-proxies:}") List<String> proxies) {
        return TrustedProxies.of(proxies, "test.trusted-proxies");
    }

    @RestController
    static class Things {

        static final AtomicInteger ACCEPTED = new AtomicInteger();

        @PostMapping(path = THINGS, consumes = MediaType.APPLICATION_JSON_VALUE)
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> accept(@RequestBody Map<String, Object> thing, HttpServletRequest request) {
            ACCEPTED.incrementAndGet();
            return Map.of("fields", thing.size(), "from", request.getRemoteAddr());
        }

        @PostMapping(path = FORM, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        String form(@RequestParam String name) {
            ACCEPTED.incrementAndGet();
            return "<html>thanks</html>";
        }

        @GetMapping(path = TOO_MANY, produces = MediaType.TEXT_HTML_VALUE)
        String tooMany(HttpServletRequest request) {
            return "<html>wait " + request.getAttribute(PublicEndpointFilter.RETRY_AFTER_ATTRIBUTE) + " s</html>";
        }

        @GetMapping(CHECK)
        Map<String, Object> check(@RequestParam(required = false) String code) {
            return Map.of("checked", code != null);
        }

        @GetMapping(CHECK_API + "/{code}")
        Map<String, Object> checkByApi(@org.springframework.web.bind.annotation.PathVariable String code) {
            return Map.of("checked", true);
        }
    }
}
