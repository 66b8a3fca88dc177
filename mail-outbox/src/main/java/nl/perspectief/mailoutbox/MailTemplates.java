package nl.perspectief.mailoutbox;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The service's mail templates, from its classpath: the body of {@code <template>} in a language is
 * {@code mail/<template>.<language>.txt}, with an optional {@code mail/<template>.<language>.html} sent beside it as
 * the HTML alternative; its subject is the message {@code <template>} of the bundle {@code mail/subjects}.
 * <p>
 * Bodies are Thymeleaf templates (text mode and HTML mode), so a body can say things conditionally and every variable
 * put into HTML is escaped. The subject is looked up without arguments: whatever the variables hold, none of it can
 * reach a subject line, which mail servers log and lock screens show.
 * <p>
 * The outbox renders with it when it sends; a service's tests can render its own templates with it too.
 */
public final class MailTemplates {

    private static final String FOLDER = "mail/";

    private final ClassLoader classLoader;
    private final TemplateEngine engine = new TemplateEngine();
    private final ResourceBundleMessageSource subjects = new ResourceBundleMessageSource();

    /** The templates on this class loader's classpath: the service's. */
    public MailTemplates(ClassLoader classLoader) {
        this.classLoader = classLoader;
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "html", 2));
        subjects.setBasename(FOLDER + "subjects");
        subjects.setBundleClassLoader(classLoader);
        subjects.setDefaultEncoding("UTF-8");
        // a mail in a language the service has no words for is a mistake, not a reason to send Dutch to anyone
        subjects.setFallbackToSystemLocale(false);
    }

    /** Fails, naming what is missing, when the template has no text body or no subject in the locale's language. */
    void requireTemplate(String template, Locale locale) {
        if (classLoader.getResource(FOLDER + fileName(template, locale, "txt")) == null) {
            throw new IllegalArgumentException("There is no mail template " + FOLDER + fileName(template, locale, "txt")
                    + " on the classpath");
        }
        subject(template, locale);
    }

    public RenderedMail render(String template, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        String text = engine.process(fileName(template, locale, "txt"), context);
        String html = classLoader.getResource(FOLDER + fileName(template, locale, "html")) == null ? null
                : engine.process(fileName(template, locale, "html"), context);
        return new RenderedMail(subject(template, locale), text, html);
    }

    private String subject(String template, Locale locale) {
        try {
            return subjects.getMessage(template, null, locale);
        } catch (NoSuchMessageException missing) {
            throw new IllegalArgumentException("There is no subject for mail template " + template + " in "
                    + FOLDER + "subjects_" + locale.getLanguage() + ".properties", missing);
        }
    }

    private static String fileName(String template, Locale locale, String extension) {
        return template + "." + locale.getLanguage() + "." + extension;
    }

    private ClassLoaderTemplateResolver resolver(TemplateMode mode, String extension, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(classLoader);
        resolver.setPrefix(FOLDER);
        resolver.setResolvablePatterns(Set.of("*." + extension));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
