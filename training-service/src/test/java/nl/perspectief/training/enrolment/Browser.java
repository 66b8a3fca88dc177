package nl.perspectief.training.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser on the public pages, as plain HTTP: it keeps the cookies it is given, asks for a language, reads
 * the page with jsoup and posts a page's form with what the form holds (its hidden fields and CSRF token too) and what
 * the person types. It follows no redirect by itself, so a test sees the 303.
 */
public final class Browser {

    private final String base;
    private final String language;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Browser(int port, String language) {
        this.base = "http://127.0.0.1:" + port;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, HttpHeaders headers) {

        public Document document() {
            return Jsoup.parse(body);
        }

        public String text() {
            return document().body().text();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Fills in the page's form (the first that matches {@code selector}) and posts it, as a browser would. */
    public Page submit(Page page, String selector, Map<String, String> typed) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page: " + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(input.attr("name"), input.attr("value"));
                }
            } else {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        typed.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return post(form.attr("action"), fields);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request
                            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
