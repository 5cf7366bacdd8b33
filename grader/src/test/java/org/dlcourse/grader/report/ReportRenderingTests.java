package org.dlcourse.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.dlcourse.grader.ReportSchema;
import org.junit.jupiter.api.Test;

/** Both renderings of a report with every kind of exercise and test result, checked against the schema. */
class ReportRenderingTests {

    private final Report report = SampleReport.REPORT;

    @Test
    void theJsonDocumentValidatesAgainstTheCommittedSchema() {
        String json = JsonReport.render(report);

        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("\"score\" : 1,\n  \"max_score\" : 11", "\"status\" : \"compile_error\"",
                "\"counterexample\" : \"x = 0\"", "\"total_ms\" : 1234");
    }

    @Test
    void theSchemaRejectsDocumentsOutsideTheContract() {
        ObjectNode wrongStatus = JsonReport.tree(report);
        ((ObjectNode) wrongStatus.withArray("exercises").get(0)).put("status", "almost");
        ObjectNode missingScore = JsonReport.tree(report);
        missingScore.remove("max_score");
        ObjectNode extraField = JsonReport.tree(report);
        ((ObjectNode) extraField.withArray("exercises").get(0).withArray("tests").get(0)).put("bonus", 5);

        assertThat(ReportSchema.violations(wrongStatus)).isNotEmpty();
        assertThat(ReportSchema.violations(missingScore)).isNotEmpty();
        assertThat(ReportSchema.violations(extraField)).isNotEmpty();
    }

    @Test
    void theConsoleShowsScoresStatusesDiagnosticsViolationsAndWhyEachTestFailed() {
        StringWriter text = new StringWriter();

        ConsoleReport.write(report, new PrintWriter(text));

        assertThat(text.toString()).contains(
                "dlcourse grader 9.9.9 · public+hidden tests · seed 42",
                "sandbox: bubblewrap 0.8.0 (a user namespace)",
                "01-a  A  ·  1/4  ·  graded",
                "  passed     1/1  E > ex()",
                "  failed     0/3  P > law()\n        Property P#law failed\n        Shrunk counterexample: x = 0\n"
                        + "        hint: check the law\n        seed: 42 (replay with --seed 42)",
                "02-b  B  ·  0/1  ·  compile_error: 1 compile error\n  02-b/src/main/java/p/A.java:3: ';' expected",
                "  03-c/src/main/java/p/A.java:5 (A.f): java.lang.System.exit is forbidden (java.lang.System#exit):"
                        + " no exits",
                "  1 tests not run, worth 1 points",
                "Total: 1/11");
    }
}
