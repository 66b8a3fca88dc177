package nl.perspectief.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a contract's schema would let free text travel: a string without pattern, enum or const, or an object open
 * to more properties, could carry a name or a story. The topics that promise no personal data (and no content) keep
 * their schemas closed, and their contract tests ask this to find no opening.
 */
public final class SchemaOpenings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every opening in the schema of {@code type}, by its JSON pointer; none for a closed schema. */
    public static List<String> forFreeText(String type) {
        List<String> openings = new ArrayList<>();
        collect(schemaOf(type), "#", openings);
        return openings;
    }

    private static JsonNode schemaOf(String type) {
        String resource = "contracts/schemas/" + type + ".schema.json";
        try (InputStream in = SchemaOpenings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such contract resource: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode schema, String path, List<String> openings) {
        if (!schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && mentions(type, "string")
                && !schema.has("pattern") && !schema.has("enum") && !schema.has("const")) {
            openings.add(path + ": a string without pattern, enum or const");
        }
        if (type != null && mentions(type, "object") && !schema.path("additionalProperties").isBoolean()
                || schema.path("additionalProperties").asBoolean(false)) {
            openings.add(path + ": an object open to more properties");
        }
        for (String namedSchemas : List.of("properties", "$defs")) {
            schema.path(namedSchemas).properties().forEach(entry ->
                    collect(entry.getValue(), path + "/" + namedSchemas + "/" + entry.getKey(), openings));
        }
        for (String subschema : List.of("items", "contains", "if", "then", "else", "not")) {
            if (schema.has(subschema)) {
                collect(schema.get(subschema), path + "/" + subschema, openings);
            }
        }
        for (String subschemas : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < schema.path(subschemas).size(); i++) {
                collect(schema.get(subschemas).get(i), path + "/" + subschemas + "/" + i, openings);
            }
        }
    }

    private static boolean mentions(JsonNode type, String name) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (name.equals(each.asString())) {
                    return true;
                }
            }
            return false;
        }
        return name.equals(type.asString());
    }

    private SchemaOpenings() {
    }
}
