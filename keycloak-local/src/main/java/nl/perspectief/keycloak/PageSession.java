package nl.perspectief.keycloak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;


/**
 * A browser's session with a service's staff pages, over plain HTTP, for the services' page tests: signed in through the
 * real sign-in flow (the service sends the browser to Keycloak, Keycloak's login form is filled in and posted, Keycloak
 * sends the browser back with a code), cookies kept as a browser keeps them, the pages' CSRF token sent with each form.
 * Requests made with it do not follow redirects, so a test sees each answer as it is; they name no language unless
 * asked to, so the pages answer in Dutch.
 */
public final class PageSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final CookieManager cookies = new CookieManager(new LoopbackIsSecure(), CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser;
    private final HttpClient following;
    private final String authorization;
    private final String formsPath;

    private PageSession(String base, String authorization, String formsPath) {
        this.base = URI.create(base);
        this.authorization = authorization;
        this.formsPath = formsPath;
        this.browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT).build();
    }

    /**
     * A session that has not signed in.
     *
     * @param formsPath a page of the service whose forms carry the CSRF token (every page with the sign-out form)
     */
    public static PageSession anonymous(String base, String formsPath) {
        return new PageSession(base, null, formsPath);
    }

    /** A client without a session that sends a bearer token with every request, as a script might. */
    public static PageSession withBearerToken(String base, String token, String formsPath) {
        return new PageSession(base, "Bearer " + token, formsPath);
    }

    /**
     * A session of {@code user}, signed in through Keycloak's login page, starting from {@code startPath}; it ends
     * where the service sends a signed-in browser from there (for a role the page is not for, the page that says so).
     *
     * @param formsPath a page of the service whose forms carry the CSRF token (every page with the sign-out form)
     */
    public static PageSession signedIn(String base, DemoUsers user, String startPath, String formsPath) {
        PageSession session = new PageSession(base, null, formsPath);
        HttpResponse<String> loginPage = session.send(session.following,
                HttpRequest.newBuilder(session.base.resolve(startPath)).GET(), null);
        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).selectFirst("form#kc-form-login");
        if (form == null) {
            throw new IllegalStateException("expected Keycloak's login form at " + loginPage.uri() + ", got "
                    + loginPage.statusCode());
        }
        HttpResponse<String> landed = session.send(session.following, HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(formBody(Map.of("username", user.username(), "password", user.password(), "credentialId", ""))),
                null);
        if (!landed.uri().getAuthority().equals(session.base.getAuthority())) {
            throw new IllegalStateException("signing in as " + user.username() + " ended at " + landed.uri() + " with "
                    + landed.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return get(path, null);
    }

    /** @param language what the browser asks for in {@code Accept-Language}; {@code null} names none */
    public HttpResponse<String> get(String path, String language) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path)).GET(), language);
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return browser.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form post with the session's CSRF token, or none when the session has none. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> body.put("_csrf", token));
        return send(browser, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(body)), null);
    }

    public HttpResponse<String> postWithoutCsrfToken(String path, Map<String, String> fields) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(fields)), null);
    }

    /** A file as a form's file field sends it. */
    public record File(String field, String name, String contentType, byte[] bytes) {
    }

    /** A {@code multipart/form-data} form post, as a form with files sends it, with the session's CSRF token. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, File... files) {
        String boundary = "----page-session-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> all.put("_csrf", token));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (File file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(browser, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    /** The session's CSRF token, as the pages' forms carry it (the sign-out form has it on every page). */
    private Optional<String> csrfToken() {
        Document page = Jsoup.parse(get(formsPath).body());
        return Optional.ofNullable(page.selectFirst("input[name=_csrf]")).map(input -> input.attr("value"));
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String language) {
        request.timeout(TIMEOUT).header("Accept", "text/html");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher formBody(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /**
     * Keycloak marks its cookies {@code Secure} (SameSite=None needs it). Browsers treat loopback hosts as a secure
     * context and send them over plain HTTP there; Java's cookie store does not, so this one keeps them as a browser
     * would.
     */
    private static final class LoopbackIsSecure implements CookieStore {

        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            if (uri != null && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))) {
                cookie.setSecure(false);
            }
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }
}
