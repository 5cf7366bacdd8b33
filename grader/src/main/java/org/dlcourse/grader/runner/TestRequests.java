package org.dlcourse.grader.runner;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** The one way the grader asks the JUnit Platform for tests, in discovery and in execution alike. */
final class TestRequests {

    private TestRequests() {
    }

    /** All tests of every engine under {@code roots} (jars or class directories), less {@code excluded}. */
    static LauncherDiscoveryRequestBuilder of(List<String> roots, List<String> excluded) {
        Set<Path> rootPaths = new LinkedHashSet<>();
        roots.forEach(root -> rootPaths.add(Path.of(root)));
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(rootPaths))
                // Sequential, and no extensions from service files: tests run exactly as the instructor wrote them.
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                // Pruning walks every failure's causes and rewrites their stack traces, calling the overridable
                // getCause and getStackTrace of a student's exception outside the runner's guards (a chain of fresh
                // causes never ends); the runner reads only the student's frames anyway.
                .configurationParameter("junit.platform.stacktrace.pruning.enabled", "false");
        if (!excluded.isEmpty()) {
            request.filters(new ExcludedTests(excluded));
        }
        return request;
    }

    /** {@link #of(List, List)} built. */
    static LauncherDiscoveryRequest build(List<String> roots, List<String> excluded) {
        return of(roots, excluded).build();
    }
}
