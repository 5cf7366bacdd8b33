package org.dlcourse.grader.runner;

import java.util.List;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Leaves out tests that must not run again in a resumed JVM: those that finished earlier, and the culprit that
 * hung or crashed the previous one. A node is left out if it or one of its ancestors is listed.
 */
final class ExcludedTests implements PostDiscoveryFilter {

    private final List<String> excluded;

    ExcludedTests(List<String> excluded) {
        this.excluded = List.copyOf(excluded);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        String id = descriptor.getUniqueId().toString();
        for (String unit : excluded) {
            if (id.equals(unit) || id.startsWith(unit + "/")) {
                return FilterResult.excluded("finished in an earlier test JVM, or ended it");
            }
        }
        return FilterResult.included("not run yet");
    }
}
