package org.dlcourse.kit.property;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs {@link TestKitOnly} fixture classes through the Jupiter engine and extracts what the tests check. */
final class FixtureRunner {

    private FixtureRunner() {
    }

    /** All tests of {@code fixture}. */
    static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(TestKitOnly.PARAMETER, "true")
                .selectors(selectClass(fixture))
                .execute();
    }

    /** The one property {@code method} of {@code fixture}. */
    static EngineExecutionResults run(Class<?> fixture, String method) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(TestKitOnly.PARAMETER, "true")
                .selectors(selectMethod(fixture, Arrays.stream(fixture.getDeclaredMethods())
                        .filter(declared -> declared.getName().equals(method)).findFirst().orElseThrow()))
                .execute();
    }

    /** What the only failed test threw. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.testEvents().failed().list();
        if (failed.size() != 1) {
            throw new AssertionError("expected exactly one failed test, got " + failed.size() + ": " + failed);
        }
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    /** The {@link PropertyFailure} of the only failed test. */
    static PropertyFailure onlyPropertyFailure(EngineExecutionResults results) {
        Throwable thrown = onlyFailure(results);
        if (!(thrown instanceof PropertyFailure failure)) {
            throw new AssertionError("expected a PropertyFailure, got " + thrown, thrown);
        }
        return failure;
    }

    /** The key-value pairs of the only report entry the run published. */
    static Map<String, String> onlyReportEntry(EngineExecutionResults results) {
        List<ReportEntry> entries = results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class)).toList();
        if (entries.size() != 1) {
            throw new AssertionError("expected exactly one report entry, got " + entries);
        }
        return entries.get(0).getKeyValuePairs();
    }
}
