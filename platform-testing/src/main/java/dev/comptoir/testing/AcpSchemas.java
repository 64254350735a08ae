package dev.comptoir.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against a definition of the official ACP 2026-04-17 JSON Schemas (the contract with agents). */
public final class AcpSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private AcpSchemas() {
    }

    /** Fails, listing every violation, unless {@code json} is a valid {@code definition} of {@code schemaFile}. */
    public static void assertValid(String schemaFile, String definition, String json) {
        Set<ValidationMessage> violations = schema(schemaFile, definition).validate(read(json));
        if (!violations.isEmpty()) {
            throw new AssertionError("Not a valid ACP " + definition + ":\n  " + violations.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  ")) + "\n" + json);
        }
    }

    private static JsonSchema schema(String schemaFile, String definition) {
        try (InputStream in = AcpSchemas.class.getResourceAsStream("/acp/2026-04-17/" + schemaFile)) {
            if (in == null) {
                throw new IllegalArgumentException("No ACP schema " + schemaFile);
            }
            ObjectNode bundle = (ObjectNode) JSON.readTree(in);
            if (!bundle.path("$defs").has(definition)) {
                throw new IllegalArgumentException(schemaFile + " defines no " + definition);
            }
            bundle.put("$ref", "#/$defs/" + definition);
            return FACTORY.getSchema(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
