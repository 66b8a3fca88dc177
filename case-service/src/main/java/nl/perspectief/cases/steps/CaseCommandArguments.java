package nl.perspectief.cases.steps;

import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.BreakGlassController;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.MediatorsOwnCasesOnly;
import nl.perspectief.cases.casefile.web.CaseController;
import nl.perspectief.cases.casefile.web.CaseMediators;
import nl.perspectief.cases.casefile.web.CasePages;
import java.util.List;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.access.BreakGlassGrants;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * The command API's controller methods take who acts ({@link StaffMember}), what they saw
 * ({@link ExpectedVersion}) and, for opening a case, the client's {@link IdempotencyKey} as arguments. Resolved before the body is read, so a request that says
 * neither is refused (401, 428) before anything about its content is answered. Also writes
 * {@link CaseCommandLog}'s line for every command request, and keeps mediators to their own cases
 * ({@link MediatorsOwnCasesOnly}) before any of that.
 */
@Configuration(proxyBeanMethods = false)
class CaseCommandArguments implements WebMvcConfigurer {

    private final ActingStaffMember actingStaffMember;
    private final ObjectProvider<MediatorsOwnCasesOnly> mediatorsOwnCasesOnly;

    CaseCommandArguments(ActingStaffMember actingStaffMember, ObjectProvider<MediatorsOwnCasesOnly> mediatorsOwnCasesOnly) {
        this.actingStaffMember = actingStaffMember;
        this.mediatorsOwnCasesOnly = mediatorsOwnCasesOnly;
    }

    @Bean
    static MediatorsOwnCasesOnly mediatorsOwnCasesOnly(ActingStaffMember acting, CaseMediators mediators,
                                                       BreakGlassGrants grants, CaseAccessPolicy policy,
                                                       CaseAccessLog accessLog, Clock clock) {
        return new MediatorsOwnCasesOnly(acting, mediators, grants, policy, accessLog, clock);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == StaffMember.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return actingStaffMember.of(request.getNativeRequest(HttpServletRequest.class));
            }
        });
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ExpectedVersion.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                ExpectedVersion version = ExpectedVersion.parse(request.getHeader(ExpectedVersion.IF_MATCH));
                // for the answer to a stale version, which names both
                request.setAttribute(ExpectedVersion.class.getName(), version, NativeWebRequest.SCOPE_REQUEST);
                return version;
            }
        });
        resolvers.add(idempotencyKeys());
    }

    // before the body too: a malformed key is refused before anything about the content is answered
    private static HandlerMethodArgumentResolver idempotencyKeys() {
        return new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == IdempotencyKey.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return IdempotencyKey.parse(request.getHeader(IdempotencyKey.HEADER));
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the pages' steps are the API's steps, below /cases: logged and kept to a mediator's own cases alike
        registry.addInterceptor(new CaseCommandLog()).addPathPatterns(CaseController.CASES, CaseController.CASES + "/**",
                CasePages.CASES, CasePages.CASES + "/**");
        registry.addInterceptor(mediatorsOwnCasesOnly.getObject())
                .addPathPatterns(CaseController.CASES + "/*/**", CasePages.CASES + "/*/**")
                .excludePathPatterns(CaseController.CASES + "/*" + BreakGlassController.BREAK_GLASS,
                        CasePages.BREAK_GLASS.replace("{caseId}", "*"));
    }
}
