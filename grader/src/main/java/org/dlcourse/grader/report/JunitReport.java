package org.dlcourse.grader.report;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dlcourse.grader.scoring.Classification;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;
import org.dlcourse.grader.scoring.TestStatus;

/**
 * The report as a Surefire-compatible JUnit XML document, which GitLab's test reports and GitHub's test-report
 * actions read: one {@code testsuite} named {@code dlcourse} with a {@code testcase} per graded test
 * ({@code classname} {@code <exercise id>.<test class>}, {@code name} the test's display name).
 *
 * <p>A test that failed an assertion has a {@code failure}, a test whose code still throws the stub's TODO a
 * {@code skipped} (not started), any other test that did not pass (an exception, a timeout, a crash, a test that
 * could not run) an {@code error} whose {@code type} is the status. Points go into the
 * suite's {@code properties} ({@code score}, {@code max_score}, and per exercise {@code <id>.score},
 * {@code <id>.max_score} and {@code <id>.status}) and each test's {@code system-out} (its points, hint, seed and
 * counterexample). Each test case's {@code time} is how long it ran in the test JVM (0 for a test that never ran)
 * and the suite's is the whole run's. Text from tests is made readable ({@link ReadableText}): control characters a test
 * message may contain are written as visible escapes, which XML 1.0 can carry.
 */
public final class JunitReport {

    /** The file name CI tools look for by convention: {@code TEST-*.xml}. */
    public static final String FILE_NAME = "TEST-dlcourse.xml";

    private JunitReport() {
    }

    /** The XML document of {@code report}, ending with a newline. */
    public static String render(Report report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            suite(report, xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("writing XML to a string cannot fail", impossible);
        }
        return text + "\n";
    }

    private static void suite(Report report, XMLStreamWriter xml) throws XMLStreamException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (ExerciseResult result : report.exercises()) {
            for (TestOutcome outcome : result.tests()) {
                tests++;
                failures += outcome.status() == TestStatus.FAILED ? 1 : 0;
                errors += outcome.status() == TestStatus.ERROR || outcome.status() == TestStatus.TIMEOUT ? 1 : 0;
                skipped += outcome.status() == TestStatus.NOT_STARTED ? 1 : 0;
            }
        }
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "dlcourse");
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
        xml.writeAttribute("skipped", Integer.toString(skipped));
        xml.writeAttribute("time", seconds(report.elapsed().toMillis()));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "dlcourse.grader_version", report.graderVersion());
        property(xml, "dlcourse.suites", report.suites());
        property(xml, "dlcourse.seed", report.seed() == null ? "default" : report.seed().toString());
        property(xml, "dlcourse.score", Integer.toString(report.score().points()));
        property(xml, "dlcourse.max_score", Integer.toString(report.score().max()));
        for (ExerciseResult result : report.exercises()) {
            String id = result.exercise().id();
            property(xml, id + ".score", Integer.toString(result.score().points()));
            property(xml, id + ".max_score", Integer.toString(result.score().max()));
            property(xml, id + ".status", result.status().label());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (ExerciseResult result : report.exercises()) {
            for (TestOutcome outcome : result.tests()) {
                testCase(result, outcome, xml);
            }
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("value", clean(value));
    }

    private static void testCase(ExerciseResult result, TestOutcome outcome, XMLStreamWriter xml)
            throws XMLStreamException {
        String testClass = outcome.test().className().isEmpty() ? "tests"
                : outcome.test().className().substring(outcome.test().className().lastIndexOf('.') + 1);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(outcome.test().name()));
        xml.writeAttribute("classname", clean(result.exercise().id() + "." + testClass));
        xml.writeAttribute("time", seconds(outcome.elapsed().toMillis()));
        if (outcome.status() == TestStatus.NOT_STARTED) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean("not started: " + Classification.stubTodo(outcome.message())
                    .orElse(outcome.message())));
        } else if (outcome.status() != TestStatus.PASSED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement(outcome.status() == TestStatus.FAILED ? "failure" : "error");
            String firstLine = outcome.message().lines().findFirst().orElse(outcome.status().label());
            xml.writeAttribute("message", clean(firstLine));
            xml.writeAttribute("type", outcome.status().label());
            StringBuilder body = new StringBuilder(Feedback.message(outcome));
            for (String problem : Feedback.exerciseProblems(result)) {
                body.append('\n').append(problem);
            }
            xml.writeCharacters(clean(body.toString()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        StringBuilder out = new StringBuilder("points: ").append(outcome.score()).append('\n')
                .append("suite: ").append(outcome.test().suite().name().toLowerCase(Locale.ROOT)).append('\n');
        if (!outcome.test().task().isEmpty()) {
            out.append("task: ").append(outcome.test().task()).append('\n');
        }
        String details = Feedback.details(outcome);
        if (!details.isEmpty()) {
            out.append(details).append('\n');
        }
        xml.writeCharacters(clean(out.toString()));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    // Surefire's time format: seconds with up to three decimals, no grouping.
    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }

    /** {@code text} made readable ({@link ReadableText}), then with any character XML 1.0 does not allow replaced. */
    static String clean(String text) {
        return xmlChars(ReadableText.of(text));
    }

    private static String xmlChars(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else {
                cleaned.append(allowed ? c : '\uFFFD');
            }
        }
        return cleaned.toString();
    }
}
