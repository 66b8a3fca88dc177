package nl.perspectief.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published examples and JSON Schemas of the integration events, for producers' and consumers'
 * tests (this class ships in the test-jar of shared-events).
 */
public final class ContractFixtures {

    private static final String CONTRACT_PACKAGE_PREFIX = "nl.perspectief.events.";
    private static final ObjectMapper SCHEMA_READER = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** The fixture of a wire type, such as {@code RegistrationSubmitted.v1} or {@code CaseOpened.v1}, as JSON text. */
    public static String fixture(String type) {
        return read("contracts/" + producerFolderOf(type) + "/" + type + ".json");
    }

    /** Fails with every violation listed when {@code json} does not conform to the schema of {@code type}. */
    public static void assertConformsToSchema(String type, String json) {
        try {
            JsonSchema schema = SCHEMAS.getSchema(read("contracts/schemas/" + type + ".schema.json"));
            Set<ValidationMessage> violations = schema.validate(SCHEMA_READER.readTree(json));
            if (!violations.isEmpty()) {
                throw new AssertionError(type + " does not conform to its schema:\n" + violations.stream()
                        .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fixtures lie in a folder per producer, named like the producer's contract package: the payload of
     * {@code CaseOpened.v1} is in {@code nl.perspectief.events.cases.v1}, so its fixture is in
     * {@code contracts/cases/}. A new producer's fixtures are found without changing this class.
     */
    private static String producerFolderOf(String type) {
        Class<?> payload = EventTypes.payloadTypeOf(type)
                .orElseThrow(() -> new IllegalArgumentException("No fixture folder known for " + type));
        String producerAndVersion = payload.getPackageName().substring(CONTRACT_PACKAGE_PREFIX.length());
        return producerAndVersion.substring(0, producerAndVersion.indexOf('.'));
    }

    private static String read(String resource) {
        try (InputStream in = ContractFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such contract resource: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContractFixtures() {
    }
}
