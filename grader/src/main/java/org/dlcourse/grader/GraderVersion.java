package org.dlcourse.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The grader's version, filtered in from the build into {@code grader.properties}. */
public final class GraderVersion {

    private GraderVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = GraderVersion.class.getResourceAsStream("grader.properties")) {
            if (in == null) {
                throw new IllegalStateException("grader.properties is missing from the grader's classes");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
