package org.dlcourse.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Validates JSON documents against a draft 2020-12 JSON Schema among the test resources. */
public final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemas() {
    }

    /** The complaints of the schema at test resource {@code schemaResource} about {@code document}. */
    public static Set<String> violations(String schemaResource, String document) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + schemaResource + " among the test resources");
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            JsonNode tree = JSON.readTree(document);
            Set<String> messages = new TreeSet<>();
            for (ValidationMessage message : schema.validate(tree)) {
                messages.add(message.getMessage());
            }
            return messages;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
