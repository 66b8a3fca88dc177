package nl.perspectief.problems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generator of malformed requests for one endpoint, from a request it would accept: each is that request with
 * one thing broken, of a {@link Kind} drawn at random, so that it must be refused whatever else it holds. Every
 * string it puts in (values, unknown paths, header values) carries the canary, so a scan of the logs afterwards
 * finds any of them that was written down. Seeded: a failure names the seed, and the same seed draws the same
 * requests again.
 */
public final class MalformedRequests {

    /** What is wrong with the request. */
    public enum Kind {
        WRONG_JSON_TYPE, DUPLICATE_KEY, DEEP_NESTING, HUGE_NUMBER, INVALID_UTF8, CONTROL_CHARACTER, TRUNCATED_JSON,
        EMPTY_BODY, NOT_JSON, WRONG_CONTENT_TYPE, WRONG_CHARSET, ILLEGAL_PATH, UNKNOWN_PATH, WRONG_METHOD, BAD_HEADER,
        BAD_AUTHORIZATION,
        /** An Accept header that takes nothing the endpoint answers in: refused before anything is done. */
        BAD_ACCEPT,
        /** A page's form: a field that must parse (a version, a moment, an id) holding something else. */
        FORM_WRONG_VALUE,
        /** A page's form: a percent escape that is none, or that decodes to bytes that are not UTF-8 or to a control character. */
        FORM_BAD_ENCODING,
        /** A page's form posted without its CSRF token. */
        FORM_WITHOUT_CSRF
    }

    /**
     * An endpoint and a request it accepts. {@code headers} are sent with every request (a token, an If-Match);
     * {@code checkedHeaders} are those it reads and must refuse bad values of, each with values that are bad for it.
     */
    public record Endpoint(String method, String path, String validJson, List<Map.Entry<String, String>> headers,
                           Map<String, List<String>> checkedHeaders, java.util.Set<Kind> kinds, Form form) {

        public static Endpoint json(String method, String path, String validJson) {
            return new Endpoint(method, path, validJson, List.of(), Map.of(),
                    java.util.EnumSet.complementOf(java.util.EnumSet.of(Kind.FORM_WRONG_VALUE, Kind.FORM_BAD_ENCODING,
                            Kind.FORM_WITHOUT_CSRF)), null);
        }

        /**
         * A page's form, posted as a browser posts it: {@code fields} a valid form without its CSRF token,
         * {@code typed} the fields that must parse, {@code csrf} the session's token, sent as {@code _csrf}.
         */
        public static Endpoint form(String path, Map<String, String> fields, List<String> typed, String csrf) {
            return new Endpoint("POST", path, null, List.of(), Map.of(),
                    java.util.EnumSet.of(Kind.FORM_WRONG_VALUE, Kind.FORM_BAD_ENCODING, Kind.FORM_WITHOUT_CSRF,
                            Kind.EMPTY_BODY, Kind.WRONG_CONTENT_TYPE, Kind.ILLEGAL_PATH, Kind.UNKNOWN_PATH,
                            Kind.WRONG_METHOD), new Form(Map.copyOf(fields), List.copyOf(typed), csrf));
        }

        /** A form answers a browser: its refusals are pages, not problems. */
        public boolean answersBrowsers() {
            return form != null;
        }

        /** An endpoint without a body, such as a GET. */
        public static Endpoint withoutBody(String method, String path) {
            return json(method, path, null);
        }

        public Endpoint withHeader(String name, String value) {
            List<Map.Entry<String, String>> all = new ArrayList<>(headers);
            all.add(Map.entry(name, value));
            return new Endpoint(method, path, validJson, List.copyOf(all), checkedHeaders, kinds, form);
        }

        /** {@code badValues} may hold {@code %s}, which becomes the canary. */
        public Endpoint checking(String header, List<String> badValues) {
            Map<String, List<String>> all = new java.util.LinkedHashMap<>(checkedHeaders);
            all.put(header, List.copyOf(badValues));
            return new Endpoint(method, path, validJson, headers, Map.copyOf(all), kinds, form);
        }

        /** Without the kinds that are no fault on this endpoint (a token on an endpoint that asks for none). */
        public Endpoint excluding(Kind... excluded) {
            java.util.Set<Kind> remaining = java.util.EnumSet.copyOf(kinds);
            remaining.removeAll(List.of(excluded));
            return new Endpoint(method, path, validJson, headers, checkedHeaders, remaining, form);
        }

        String name() {
            return method + " " + path;
        }
    }

    /** A valid form of a page, the fields among it that must parse, and the session's CSRF token. */
    public record Form(Map<String, String> fields, List<String> typed, String csrf) {
    }

    /** One request to send, byte for byte. */
    public record Request(Kind kind, Endpoint endpoint, String method, String target,
                          List<Map.Entry<String, String>> headers, byte[] body) {

        public String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return kind + " " + method + " " + target + " " + headers + " "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] WRONG_CONTENT_TYPES = {"text/plain", "application/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=kanarie", "application/octet-stream",
            "image/png", "garbage", "application/", ";;;", "text/json; x="};
    private static final String[] WRONG_CHARSETS = {"UTF-16", "UTF-32", "ISO-8859-1", "windows-1252", "klingon",
            "utf-7", "\"\"", "x-unknown-%s"};
    /** Not CONNECT: Tomcat answers it 501 before any filter runs (a method no origin server implements). */
    private static final String[] WRONG_METHODS = {"PUT", "DELETE", "PATCH", "TRACE", "KANARIE", "PROPFIND"};

    private final Random random;
    private final String canary;

    public MalformedRequests(long seed, String canary) {
        this.random = new Random(seed);
        this.canary = canary;
    }

    public Request next(Endpoint endpoint) {
        Kind[] kinds = Kind.values();
        while (true) {
            Kind kind = kinds[random.nextInt(kinds.length)];
            if (!endpointTakes(endpoint, kind)) {
                continue;
            }
            if (endpoint.form() != null) {
                return formRequest(kind, endpoint);
            }
            return switch (kind) {
                case FORM_WRONG_VALUE, FORM_BAD_ENCODING, FORM_WITHOUT_CSRF ->
                        throw new IllegalStateException(kind + " is for forms");
                case WRONG_JSON_TYPE -> json(kind, endpoint, mutated(endpoint, this::ofAnotherType));
                case HUGE_NUMBER -> json(kind, endpoint, mutated(endpoint, value -> hugeNumber()));
                case DEEP_NESTING -> json(kind, endpoint, deeplyNested(endpoint));
                case DUPLICATE_KEY -> json(kind, endpoint, withDuplicateKey(endpoint));
                case INVALID_UTF8 -> json(kind, endpoint, insertedIntoAString(endpoint, invalidUtf8()));
                case CONTROL_CHARACTER -> json(kind, endpoint,
                        insertedIntoAString(endpoint, new byte[]{(byte) (1 + random.nextInt(31))}));
                case TRUNCATED_JSON -> json(kind, endpoint, truncated(endpoint));
                case EMPTY_BODY -> json(kind, endpoint, new byte[0]);
                case NOT_JSON -> json(kind, endpoint, notJson());
                case WRONG_CONTENT_TYPE -> request(kind, endpoint, endpoint.method(), endpoint.path(),
                        withContentType(endpoint, pick(WRONG_CONTENT_TYPES)), compact(endpoint));
                case WRONG_CHARSET -> request(kind, endpoint, endpoint.method(), endpoint.path(),
                        withContentType(endpoint, "application/json; charset=" + pick(WRONG_CHARSETS).formatted(canary)),
                        compact(endpoint));
                case ILLEGAL_PATH -> request(kind, endpoint, endpoint.method(), illegalPath(endpoint),
                        withContentType(endpoint, "application/json"), compact(endpoint));
                case UNKNOWN_PATH -> request(kind, endpoint, random.nextBoolean() ? "GET" : endpoint.method(),
                        unknownPath(endpoint), withContentType(endpoint, "application/json"), compact(endpoint));
                case WRONG_METHOD -> request(kind, endpoint, pick(WRONG_METHODS), endpoint.path(),
                        withContentType(endpoint, "application/json"), compact(endpoint));
                case BAD_HEADER -> badHeader(endpoint);
                case BAD_AUTHORIZATION -> badAuthorization(endpoint);
                case BAD_ACCEPT -> badAccept(endpoint);
            };
        }
    }

    private static boolean endpointTakes(Endpoint endpoint, Kind kind) {
        if (!endpoint.kinds().contains(kind)) {
            return false;
        }
        boolean hasBody = endpoint.validJson() != null || endpoint.form() != null;
        return switch (kind) {
            case WRONG_JSON_TYPE, HUGE_NUMBER, DEEP_NESTING, DUPLICATE_KEY, INVALID_UTF8, CONTROL_CHARACTER,
                 TRUNCATED_JSON, EMPTY_BODY, NOT_JSON, WRONG_CONTENT_TYPE, WRONG_CHARSET -> hasBody;
            case BAD_HEADER -> !endpoint.checkedHeaders().isEmpty();
            default -> true;
        };
    }

    // ---- forms

    private Request formRequest(Kind kind, Endpoint endpoint) {
        Form form = endpoint.form();
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
        List<Map.Entry<String, String>> headers = new ArrayList<>(endpoint.headers());
        headers.add(Map.entry("Accept", "text/html"));
        String contentType = "application/x-www-form-urlencoded";
        byte[] body;
        switch (kind) {
            case FORM_WRONG_VALUE -> {
                String field = form.typed().get(random.nextInt(form.typed().size()));
                String[] wrong = {canary, canary + " 12", "", "-1", "9".repeat(40), "2026-13-45T99:99", "1e400", "null"};
                fields.put(field, wrong[random.nextInt(wrong.length)]);
                body = encoded(fields, form.csrf(), null);
            }
            case FORM_BAD_ENCODING -> {
                List<String> names = new ArrayList<>(fields.keySet());
                String field = names.get(random.nextInt(names.size()));
                String[] bad = {"%ZZ", "%", "%F", "%FF%FE", "%C0%AF", "%ED%A0%80", "%00", "%01", "%1B"};
                body = encoded(fields, form.csrf(), Map.entry(field, bad[random.nextInt(bad.length)]));
            }
            case FORM_WITHOUT_CSRF -> body = encoded(fields, null, null);
            case EMPTY_BODY -> body = new byte[0];
            case WRONG_CONTENT_TYPE -> {
                contentType = pick(new String[]{"application/json", "text/plain", "multipart/form-data; boundary=x",
                        "application/xml"});
                body = JSON.writeValueAsBytes(fields);
            }
            default -> body = encoded(fields, form.csrf(), null);
        }
        headers.add(Map.entry("Content-Type", contentType));
        String method = kind == Kind.WRONG_METHOD ? pick(WRONG_METHODS) : endpoint.method();
        String target = switch (kind) {
            case ILLEGAL_PATH -> illegalPath(endpoint);
            case UNKNOWN_PATH -> unknownPath(endpoint);
            default -> endpoint.path();
        };
        return request(kind, endpoint, method, target, headers, body);
    }

    /** The form as a browser encodes it, with the canary in every free text, and one value's raw escape where given. */
    private byte[] encoded(Map<String, String> fields, String csrf, Map.Entry<String, String> rawEscape) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            body.append(body.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            if (rawEscape != null && rawEscape.getKey().equals(name)) {
                body.append(java.net.URLEncoder.encode(canary, StandardCharsets.UTF_8)).append(rawEscape.getValue());
            }
        });
        if (csrf != null) {
            body.append("&_csrf=").append(java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    // ---- bodies

    private JsonNode template(Endpoint endpoint) {
        return JSON.readTree(endpoint.validJson());
    }

    private byte[] compact(Endpoint endpoint) {
        return endpoint.validJson() == null ? null : JSON.writeValueAsBytes(template(endpoint));
    }

    /** The valid body with one value, anywhere in it, replaced. */
    private byte[] mutated(Endpoint endpoint, Function<JsonNode, JsonNode> replacement) {
        JsonNode root = template(endpoint);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return JSON.writeValueAsBytes(replacement.apply(root));
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        slot.replace(replacement.apply(slot.value()));
        return JSON.writeValueAsBytes(root);
    }

    /** A value of a JSON type the original is not, so that no coercion can make it fit. */
    private JsonNode ofAnotherType(JsonNode original) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> candidates = new ArrayList<>();
        if (!original.isString() && !original.isNull()) {
            candidates.add(nodes.stringNode(canary + " " + random.nextInt(1000)));
        }
        if (!original.isNumber()) {
            candidates.add(random.nextBoolean() ? nodes.numberNode(random.nextInt()) : nodes.numberNode(random.nextDouble() * 1e6));
        }
        if (!original.isBoolean()) {
            candidates.add(nodes.booleanNode(random.nextBoolean()));
        }
        if (!original.isArray()) {
            ArrayNode array = nodes.arrayNode();
            array.add(canary);
            candidates.add(array);
        }
        if (!original.isObject() && !original.isNull()) {
            ObjectNode object = nodes.objectNode();
            object.put("value", canary);
            candidates.add(object);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private JsonNode hugeNumber() {
        return switch (random.nextInt(3)) {
            case 0 -> JsonNodeFactory.instance.numberNode(new java.math.BigInteger("1" + "0".repeat(1_001 + random.nextInt(5_000))));
            case 1 -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e" + (400 + random.nextInt(100_000))));
            default -> JsonNodeFactory.instance.numberNode(new java.math.BigInteger("9".repeat(30 + random.nextInt(900))));
        };
    }

    private byte[] deeplyNested(Endpoint endpoint) {
        int depth = 600 + random.nextInt(4_000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"" + canary + "\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "\"" + canary + "\"" + close.repeat(depth);
        String placeholder = "nesting-" + random.nextLong();
        String body = new String(mutated(endpoint, value -> JsonNodeFactory.instance.stringNode(placeholder)),
                StandardCharsets.UTF_8);
        return body.replace("\"" + placeholder + "\"", nested).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withDuplicateKey(Endpoint endpoint) {
        String body = new String(compact(endpoint), StandardCharsets.UTF_8);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < body.length() - 1; i++) {
            if ((body.charAt(i) == '{' || body.charAt(i) == ',') && body.charAt(i + 1) == '"') {
                keys.add(i + 1);
            }
        }
        int at = keys.get(random.nextInt(keys.size()));
        String key = body.substring(at, body.indexOf('"', at + 1) + 1);
        // the same key again at once, with a canary: a reader that keeps either one silently is wrong
        return (body.substring(0, at) + key + ":\"" + canary + "\"," + body.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] insertedIntoAString(Endpoint endpoint, byte[] bad) {
        byte[] body = compact(endpoint);
        List<Integer> insideStrings = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"' && (i == 0 || body[i - 1] != '\\')) {
                inString = !inString;
            } else if (inString) {
                insideStrings.add(i);
            }
        }
        int at = insideStrings.get(random.nextInt(insideStrings.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(canary.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private byte[] invalidUtf8() {
        byte[][] sequences = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, 0x28, (byte) 0xA1}, {(byte) 0x80},
                {(byte) 0xF0, 0x28, (byte) 0x8C, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        return sequences[random.nextInt(sequences.length)];
    }

    private byte[] truncated(Endpoint endpoint) {
        byte[] body = compact(endpoint);
        return java.util.Arrays.copyOf(body, 1 + random.nextInt(body.length - 1));
    }

    private byte[] notJson() {
        String[] bodies = {canary, "<registration><name>" + canary + "</name></registration>", "name=" + canary + "&x=1",
                "'" + canary + "'", "{" + canary + "}", "{\"" + canary + "\" " + canary + "}", "[\"" + canary + "\",]",
                "NaN", "\"" + canary + "\"\"" + canary + "\"", "{\"a\":\"" + canary + "\"} trailing " + canary};
        return bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
    }

    // ---- the request around the body

    private String illegalPath(Endpoint endpoint) {
        String[] bad = {"%ZZ", "%", "%0", "%00", "|", "{" + canary + "}", "\\" + canary, "<" + canary + ">", "^",
                "`", "%C0%AF", "%FF" + canary, "%2F..%2F" + canary, "/../" + canary, "//" + canary,
                "%25" + canary, "\"" + canary};
        String insert = bad[random.nextInt(bad.length)];
        String path = endpoint.path();
        int at = path.lastIndexOf('/') + 1 + random.nextInt(Math.max(1, path.length() - path.lastIndexOf('/') - 1));
        return path.substring(0, Math.min(at, path.length())) + insert + path.substring(Math.min(at, path.length()));
    }

    private String unknownPath(Endpoint endpoint) {
        return switch (random.nextInt(4)) {
            case 0 -> "/" + canary;
            case 1 -> "/api/" + canary;
            case 2 -> endpoint.path() + "/" + canary;
            default -> endpoint.path().replaceFirst("/[^/]+$", "/" + canary + "/" + canary);
        };
    }

    private Request badHeader(Endpoint endpoint) {
        List<String> names = new ArrayList<>(endpoint.checkedHeaders().keySet());
        String name = names.get(random.nextInt(names.size()));
        List<String> values = endpoint.checkedHeaders().get(name);
        String value = values.get(random.nextInt(values.size())).formatted(canary);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : withContentType(endpoint, "application/json")) {
            if (!header.getKey().equalsIgnoreCase(name)) {
                headers.add(header);
            }
        }
        headers.add(Map.entry(name, value));
        return request(Kind.BAD_HEADER, endpoint, endpoint.method(), endpoint.path(), headers,
                endpoint.validJson() == null ? null : compact(endpoint));
    }

    private Request badAuthorization(Endpoint endpoint) {
        String[] values = {"Bearer " + canary, "Bearer", "Basic " + canary, canary, "Bearer " + canary + ".e30.x",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJrYW5hcmllIn0.", "Bearer " + "a".repeat(5_000)};
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : withContentType(endpoint, "application/json")) {
            if (!header.getKey().equalsIgnoreCase("Authorization")) {
                headers.add(header);
            }
        }
        headers.add(Map.entry("Authorization", values[random.nextInt(values.length)]));
        return request(Kind.BAD_AUTHORIZATION, endpoint, endpoint.method(), endpoint.path(), headers,
                endpoint.validJson() == null ? null : compact(endpoint));
    }

    private Request badAccept(Endpoint endpoint) {
        String[] values = {"text/csv", "image/png", "application/xml", "text/html;q=1, application/pdf", canary + "/x"};
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : withContentType(endpoint, "application/json")) {
            if (!header.getKey().equalsIgnoreCase("Accept")) {
                headers.add(header);
            }
        }
        headers.add(Map.entry("Accept", values[random.nextInt(values.length)]));
        return request(Kind.BAD_ACCEPT, endpoint, endpoint.method(), endpoint.path(), headers, compact(endpoint));
    }

    private Request json(Kind kind, Endpoint endpoint, byte[] body) {
        return request(kind, endpoint, endpoint.method(), endpoint.path(), withContentType(endpoint, "application/json"), body);
    }

    private static List<Map.Entry<String, String>> withContentType(Endpoint endpoint, String contentType) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(endpoint.headers());
        headers.add(Map.entry("Accept", "application/json, application/problem+json"));
        if (!contentType.isEmpty() && endpoint.validJson() != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        return headers;
    }

    private static Request request(Kind kind, Endpoint endpoint, String method, String target,
                                   List<Map.Entry<String, String>> headers, byte[] body) {
        return new Request(kind, endpoint, method, target, List.copyOf(headers), body);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A place in the tree that holds a value, and how to put another there. */
    private record Slot(JsonNode value, java.util.function.Consumer<JsonNode> replacer) {
        void replace(JsonNode other) {
            replacer.accept(other);
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                JsonNode child = object.get(name);
                slots.add(new Slot(child, other -> object.set(name, other)));
                collect(child, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(new Slot(array.get(i), other -> array.set(index, other)));
                collect(array.get(i), slots);
            }
        }
    }
}
