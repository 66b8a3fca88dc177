package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.steps.ExpectedVersion;
import nl.perspectief.cases.steps.IdempotencyKey;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import nl.perspectief.accesslog.web.AccessLogController;
import nl.perspectief.apidescription.HeaderArgument;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * What springdoc cannot see of the command API's arguments (see {@link CaseCommandArguments}): the version a step
 * expects is the {@code If-Match} header, the desk's idempotency key the {@code Idempotency-Key} header, and who acts
 * is the token, no parameter at all. The rest of the description is api-description's.
 */
@Configuration(proxyBeanMethods = false)
class CaseApiDescription {

    static {
        HeaderArgument.notParameters(StaffMember.class);
    }

    /** The access log's controller is the access-log module's, which knows nothing of springdoc. */
    @Bean
    OpenApiCustomizer accessLogSummaries() {
        return api -> {
            summarise(api, AccessLogController.PATH, "Search the access log",
                    "By case, person (the token subject) or period; every read of case data and every refusal.");
            summarise(api, AccessLogController.PATH + AccessLogController.VERIFICATION, "Verify the access log's hash chain",
                    "intact, or the first broken position and why; keep headPosition and headHash outside the database.");
        };
    }

    private static void summarise(OpenAPI api, String path, String summary, String description) {
        if (api.getPaths() != null && api.getPaths().get(path) != null && api.getPaths().get(path).getGet() != null) {
            api.getPaths().get(path).getGet().summary(summary).description(description);
        }
    }

    @Bean
    HeaderArgument ifMatchArgument() {
        return HeaderArgument.required(ExpectedVersion.class, ExpectedVersion.IF_MATCH,
                "The version of the case last seen, as the strong ETag of the last answer: \"<version>\". A stale one "
                        + "is refused with 409 naming the current version; none with 428.");
    }

    @Bean
    HeaderArgument idempotencyKeyArgument() {
        return HeaderArgument.optional(IdempotencyKey.class, IdempotencyKey.HEADER,
                "Makes a retry safe, per member of staff: the same key with the same body answers the first case again "
                        + "and opens nothing new; with another body it is refused with 422. 1 to 255 printable ASCII "
                        + "characters.");
    }
}
