package nl.perspectief.problems;

import java.util.Arrays;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * The one problem vocabulary in every service that has this module: Spring MVC's refusals, the container's
 * error dispatch and Tomcat's own reports all answer {@code application/problem+json}; request bodies are read
 * strictly (a field named twice, a number where text belongs, a string where a number or true/false belongs are
 * refused, not guessed at; so are a number for an enum, a null for true/false, control characters in text and anything after the JSON value).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class HttpProblemsAutoConfiguration {

    @Bean
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties web,
                                                  ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
        FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(new RequestHygieneFilter());
        // after the correlation id is given, before security and anything that reads a body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    WebMvcConfigurer acceptBeforeHandling() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptBeforeHandling()).order(Ordered.HIGHEST_PRECEDENCE);
            }
        };
    }

    @Bean
    StrictUuids strictUuidsInPathsAndParameters() {
        return new StrictUuids();
    }

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .addModule(InstantsAsStrings.module())
                .addModule(TextWithoutControlCharacters.module())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                // a date is an ISO-8601 string, never a number of days since 1970 (instants: InstantsAsStrings)
                .withCoercionConfig(LogicalType.DateTime, time -> time
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .defaultLeniency(false);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatReports {

        /** Replaces Tomcat's HTML error report (and the plain one Boot adds) on the host, once the host is set up. */
        @Bean
        ProblemReportsOnTomcat problemErrorReports() {
            return new ProblemReportsOnTomcat();
        }

        /** Last of the customizers, so that Boot's own report valve is already there to be replaced. */
        static final class ProblemReportsOnTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                    context.addLifecycleListener(event -> {
                        if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                            onlyProblemReports(context.getParent());
                        }
                    });
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        }

        private static void onlyProblemReports(Container host) {
            Valve[] valves = host.getPipeline().getValves();
            Arrays.stream(valves)
                    .filter(valve -> valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve))
                    .forEach(valve -> host.getPipeline().removeValve(valve));
            if (Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        }
    }
}
