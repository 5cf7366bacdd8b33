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
import org.dlcourse.grader.report.JsonReport;

/** Validates documents against the committed JSON Schema of the report, with a real draft 2020-12 validator. */
public final class ReportSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    /** The schema's complaints about {@code document}, empty if it is valid. */
    public static Set<String> violations(String document) {
        try {
            return violations(JSON.readTree(document));
        } catch (IOException unparsable) {
            throw new UncheckedIOException(unparsable);
        }
    }

    /** The schema's complaints about {@code document}, empty if it is valid. */
    public static Set<String> violations(JsonNode document) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : SCHEMA.validate(document)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private static JsonSchema load() {
        try (InputStream in = JsonReport.schema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
