package org.dlcourse.grader.cli;

import org.dlcourse.grader.GraderVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the grader's version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"dlcourse grader " + GraderVersion.current()};
    }
}
