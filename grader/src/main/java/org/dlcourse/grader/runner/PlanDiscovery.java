package org.dlcourse.grader.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dlcourse.grader.course.Suite;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.discovery.LauncherDiscoveryListeners;

/**
 * Plans the graded tests of one test suite without running anything: called by the grader inside an isolated
 * class loader holding the course classpath, the exercise's stubs and the suite's tests.
 *
 * <p>Discovery loads test classes without initializing them, so no test and no ND4J native code runs.
 */
public final class PlanDiscovery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanDiscovery() {
    }

    /**
     * The graded tests under {@code root}, as a JSON array of {@link org.dlcourse.grader.course.GradedTest}.
     * Plain strings in and out, because the caller's classes are not this class loader's.
     *
     * @param root a jar or directory of test classes
     * @param suite the name of the {@link Suite} the tests belong to
     * @throws IllegalStateException if an engine fails to discover the tests
     */
    public static String discover(String root, String suite) throws JsonProcessingException {
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(TestRequests.of(List.of(root), List.of())
                .listeners(LauncherDiscoveryListeners.abortOnFailure())
                .build());
        return JSON.writeValueAsString(GradedUnits.of(plan, Suite.valueOf(suite)));
    }
}
