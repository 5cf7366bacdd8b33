package org.dlcourse.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.dlcourse.grader.GradescopeResults;
import org.dlcourse.grader.JsonSchemas;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The formats other programs read, each checked against what its consumer expects: JUnit XML against Surefire's
 * report schema (what GitLab and the GitHub test-report actions parse), Gradescope's {@code results.json} against
 * the fields Gradescope documents, and the Markdown feedback against the structure a CommonMark renderer needs.
 */
class ConsumerFormatsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRADESCOPE_SCHEMA = GradescopeResults.SCHEMA;

    private final Report report = SampleReport.REPORT;

    @Test
    void theJunitXmlIsValidUnderSurefiresReportSchema() throws Exception {
        String xml = JunitReport.render(report);

        surefireSchema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void eachTestCaseCarriesHowLongItRanAndTheJsonReportTheSame() {
        String xml = JunitReport.render(report);
        String json = JsonReport.render(report);

        assertThat(xml).contains("<testcase name=\"P &gt; law()\" classname=\"01-a.P\" time=\"0.250\">",
                "<testcase name=\"E &gt; ex()\" classname=\"02-b.E\" time=\"0.000\">");
        assertThat(json).contains("\"tests_ms\" : {\n      \"01-a\" : {\n        \"[engine:junit-jupiter]/[class:p.E]/"
                + "[method:ex()]\" : 0,\n        \"[engine:junit-jupiter]/[class:p.P]/[method:law()]\" : 250\n      },");
    }

    @Test
    void theSurefireSchemaRejectsWhatSurefireWouldReject() throws Exception {
        String xml = JunitReport.render(report);
        String noTime = xml.replaceFirst("<testcase ([^>]*) time=\"[0-9.]+\"", "<testcase $1");
        String twoErrors = xml.replace("</error>", "</error><error type=\"x\"/>");

        assertThat(noTime).isNotEqualTo(xml);
        assertThatThrownBy(() -> surefireSchema().newValidator().validate(new StreamSource(new StringReader(noTime))))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> surefireSchema().newValidator()
                .validate(new StreamSource(new StringReader(twoErrors)))).isInstanceOf(SAXException.class);
    }

    @Test
    void theJunitXmlCountsTestsAndCarriesPointsHintsSeedsAndStatuses() throws Exception {
        Element suite = parse(JunitReport.render(report)).getDocumentElement();

        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("4");
        assertThat(suite.getAttribute("time")).isEqualTo("1.234");
        assertThat(properties(suite)).contains("dlcourse.score=1", "dlcourse.max_score=11", "dlcourse.seed=42",
                "01-a.score=1", "01-a.max_score=4", "02-b.status=compile_error", "04-d.status=timeout");
        List<Element> cases = elements(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("classname"))
                .containsExactly("01-a.E", "01-a.P", "02-b.E", "03-c.E", "04-d.P", "05-e.S");
        Element property = cases.get(1);
        assertThat(elements(property, "failure")).singleElement().satisfies(failure -> {
            assertThat(failure.getAttribute("message")).isEqualTo("Property P#law failed");
            assertThat(failure.getAttribute("type")).isEqualTo("failed");
        });
        assertThat(elements(property, "system-out").get(0).getTextContent()).contains("points: 0/3",
                "hint: check the law", "seed: 42 (" + Feedback.SEED_NOTE + ")", "counterexample: x = 0");
        assertThat(elements(cases.get(2), "error").get(0).getTextContent())
                .contains("02-b/src/main/java/p/A.java:3: ';' expected");
        assertThat(elements(cases.get(4), "error").get(0).getAttribute("type")).isEqualTo("timeout");
        assertThat(elements(cases.get(5), "error").get(0).getAttribute("message"))
                .isEqualTo(SampleReport.HOSTILE_MESSAGE.replace("\u0001", "\\u0001"));
        assertThat(elements(cases.get(0), "failure")).isEmpty();
        assertThat(elements(cases.get(0), "error")).isEmpty();
    }

    @Test
    void theGradescopeResultsHaveOnlyDocumentedFieldsAndScoreEveryTest() throws IOException {
        String results = GradescopeReport.render(report, GradescopeReport.Visibility.AFTER_DUE_DATE);

        assertThat(JsonSchemas.violations(GRADESCOPE_SCHEMA, results)).isEmpty();
        JsonNode root = JSON.readTree(results);
        assertThat(root.get("score").asInt()).isEqualTo(1);
        assertThat(root.get("execution_time").asLong()).isEqualTo(1);
        assertThat(root.get("output").asText()).contains("02-b/src/main/java/p/A.java:3: ';' expected",
                "03-c/src/main/java/p/A.java:5 (A.f): java.lang.System.exit is forbidden", "Public tests: 1/3");
        List<JsonNode> tests = new ArrayList<>();
        root.get("tests").forEach(tests::add);
        assertThat(tests).extracting(test -> test.get("number").asText())
                .containsExactly("1.1", "1.2", "2.1", "3.1", "4.1", "5.1");
        assertThat(tests).extracting(test -> test.get("visibility").asText())
                .containsExactly("visible", "after_due_date", "visible", "visible", "after_due_date",
                        "after_due_date");
        assertThat(tests.stream().mapToInt(test -> test.get("max_score").asInt()).sum()).isEqualTo(11);
        assertThat(tests.get(0).get("status").asText()).isEqualTo("passed");
        assertThat(tests.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(tests.get(1).get("output").asText()).contains("hint: check the law", "seed: 42",
                "counterexample: x = 0");
        assertThat(tests.get(1).get("tags")).extracting(JsonNode::asText).containsExactly("01-a", "hidden", "task:t");
    }

    @Test
    void hiddenTestsTakeTheVisibilityAskedFor() {
        String results = GradescopeReport.render(report, GradescopeReport.Visibility.HIDDEN);

        assertThat(JsonSchemas.violations(GRADESCOPE_SCHEMA, results)).isEmpty();
        assertThat(results).contains("\"visibility\" : \"hidden\"").doesNotContain("after_due_date");
    }

    @Test
    void theVisibleOutputStatesOnlyPointsOfVisibleTestsWhileHiddenOnesAreHidden() throws IOException {
        for (GradescopeReport.Visibility hidden : List.of(GradescopeReport.Visibility.HIDDEN,
                GradescopeReport.Visibility.AFTER_DUE_DATE, GradescopeReport.Visibility.AFTER_PUBLISHED)) {
            JsonNode root = JSON.readTree(GradescopeReport.render(report, hidden));
            String output = root.get("output").asText();

            assertThat(GradescopeResults.pointsIn(output)).as("the points in the output with hidden tests %s", hidden)
                    .isSubsetOf(GradescopeResults.visiblePoints(root));
            // The measured leak: 01-a's total with its hidden property (1/4) and the grand total (1/11).
            assertThat(output).as("hidden tests %s", hidden).doesNotContain("1/4", "1/11")
                    .contains("01-a  A  ·  public tests 1/1", "04-d  D  ·  no public tests  ·  timeout",
                            "Public tests: 1/3");
        }
    }

    @Test
    void aNotStartedTaskCountsOnlyItsVisibleTestsInTheVisibleOutput() throws IOException {
        String todo = "java.lang.UnsupportedOperationException: TODO: implement the law";
        Report notStarted = new Report("9.9.9", null, "public+hidden", report.environment(), List.of(
                SampleReport.result("01-a", ExerciseStatus.GRADED, "", List.of(),
                        List.of(), List.of(
                                TestOutcome.of(SampleReport.EXAMPLE, TestStatus.NOT_STARTED, todo),
                                TestOutcome.of(SampleReport.PROPERTY, TestStatus.NOT_STARTED, todo)))),
                Duration.ofSeconds(2));

        String hiddenLater = JSON.readTree(GradescopeReport.render(notStarted,
                GradescopeReport.Visibility.AFTER_DUE_DATE)).get("output").asText();
        String allVisible = JSON.readTree(GradescopeReport.render(notStarted,
                GradescopeReport.Visibility.VISIBLE)).get("output").asText();

        assertThat(hiddenLater).contains("task t: not started (1 test, 0/1 points)").doesNotContain("0/4");
        assertThat(allVisible).contains("task t: not started (2 tests, 0/4 points)", "Total: 0/4");
    }

    @Test
    void withHiddenTestsShownTheOutputHasEveryTotal() throws IOException {
        String output = JSON.readTree(GradescopeReport.render(report, GradescopeReport.Visibility.VISIBLE))
                .get("output").asText();

        assertThat(output).contains("01-a  A  ·  1/4  ·  graded", "Total: 1/11");
    }

    @Test
    void theGradescopeSchemaRejectsUndocumentedFieldsAndStatuses() {
        String results = GradescopeReport.render(report, GradescopeReport.Visibility.AFTER_DUE_DATE);

        assertThat(JsonSchemas.violations(GRADESCOPE_SCHEMA, results.replace("\"status\" : \"failed\"",
                "\"status\" : \"error\""))).isNotEmpty();
        assertThat(JsonSchemas.violations(GRADESCOPE_SCHEMA, results.replace("\"number\"", "\"id\"")))
                .isNotEmpty();
    }

    @Test
    void theMarkdownFeedbackShowsTotalsExercisesAndWhyEachFailingTestFailed() {
        String md = MarkdownReport.render(report);

        assertThat(md).startsWith("# Grading: 1/11 points\n");
        assertThat(md).contains("| 01-a A | 1/4 | graded |", "| 02-b B | 0/1 | compile\\_error |",
                "### ❌ P > law() (0/3, failed)", "**Hint:** check the law",
                "**Seed:** `42` (" + Feedback.SEED_NOTE + ")", "**Shrunk counterexample:**\n\n```text\nx = 0\n```",
                "```text\n02-b/src/main/java/p/A.java:3: ';' expected\n```",
                "<details><summary>1 passed</summary>", "- ✅ E > ex() (1/1)");
        assertThat(md).doesNotContain("### ❌ E > ex()");
    }

    @Test
    void studentTextCannotBreakTheMarkdownLayout() {
        String md = MarkdownReport.render(report);

        // A message holding ``` is fenced with four backticks, so the block closes only where the grader closes it.
        assertThat(md).contains("````text\n" + SampleReport.HOSTILE_MESSAGE.replace("\u0001", "\\u0001") + "\n````\n");
        // Pipes and markup in names and hints are escaped: they neither split a table cell nor open an HTML tag.
        assertThat(md).contains("### ❌ S > odd() \\| \\<b> (0/2, error)", "**Hint:** mind the \\`edge\\` \\| case");
        assertThat(md.lines().filter(line -> line.startsWith("|"))).allSatisfy(row ->
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4));
    }

    @Test
    void everyFormatHasItsOwnFileName() {
        assertThat(List.of(ReportFormat.values())).extracting(ReportFormat::fileName).doesNotHaveDuplicates()
                .contains("results.json", "TEST-dlcourse.xml", "feedback.md", "report.json");
    }

    private static Schema surefireSchema() throws SAXException {
        URL xsd = ConsumerFormatsTests.class.getResource("/consumers/surefire-test-report.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(xsd);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        InputSource source = new InputSource(new StringReader(xml));
        source.setEncoding(StandardCharsets.UTF_8.name());
        return factory.newDocumentBuilder().parse(source);
    }

    private static List<String> properties(Element suite) {
        List<String> pairs = new ArrayList<>();
        for (Element property : elements(suite, "property")) {
            pairs.add(property.getAttribute("name") + "=" + property.getAttribute("value"));
        }
        return pairs;
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
