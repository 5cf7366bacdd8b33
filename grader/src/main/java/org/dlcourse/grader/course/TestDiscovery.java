package org.dlcourse.grader.course;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dlcourse.grader.CourseUnavailableException;

/**
 * Plans an exercise's graded tests from the instructor's artifacts alone: its tests are discovered against the
 * stubs, which share the solution's packages and signatures, so the plan (and the maximum score) is the same for
 * every submission, including one that does not compile.
 *
 * <p>Discovery runs in this JVM, inside a class loader that sees only the course classpath, the stubs, the suite's
 * tests and the grader's runner classes (its parent is the platform class loader, so none of the grader's own
 * classes leak in). Discovery loads classes without initializing them, so no test code runs. Plans are cached per
 * exercise and suite.
 */
public final class TestDiscovery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY_POINT = "org.dlcourse.grader.runner.PlanDiscovery";
    private static final Object DISCOVERY = new Object();

    private final Course course;
    private final Map<String, List<GradedTest>> plans = new ConcurrentHashMap<>();

    /** Discovery for the exercises of {@code course}. */
    public TestDiscovery(Course course) {
        this.course = course;
    }

    /**
     * The graded tests of {@code bundle}'s suites, ordered by suite (public first), then unique id.
     *
     * @throws CourseUnavailableException if the tests cannot be discovered, or a test is in both suites
     */
    public List<GradedTest> plan(ExerciseBundle bundle, Set<Suite> suites) {
        List<GradedTest> tests = new ArrayList<>();
        for (Suite suite : Suite.values()) {
            if (suites.contains(suite)) {
                tests.addAll(plans.computeIfAbsent(bundle.id() + "/" + suite, key -> discover(bundle, suite)));
            }
        }
        Set<String> ids = new HashSet<>();
        for (GradedTest test : tests) {
            if (!ids.add(test.id())) {
                throw new CourseUnavailableException("the test " + test.id() + " of " + bundle.id()
                        + " is in both the public and the hidden tests");
            }
        }
        return List.copyOf(tests);
    }

    private List<GradedTest> discover(ExerciseBundle bundle, Suite suite) {
        // One discovery at a time in this JVM. The JUnit Platform scans a jar of tests through a zip file system,
        // which the JDK registers once per JVM and per jar, and closes it when its scan ends; each discovery loads
        // its own copy of the Platform, whose bookkeeping of open file systems is its own, so a second discovery of
        // the same jar at the same time (two graders grading side by side) lost its file system midway, and the
        // Platform skips what it cannot read: an exercise's public tests went missing from one grading's plan.
        synchronized (DISCOVERY) {
            return discoverAlone(bundle, suite);
        }
    }

    private List<GradedTest> discoverAlone(ExerciseBundle bundle, Suite suite) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(runnerClasses());
        classpath.addAll(course.runtimeClasspath());
        classpath.add(bundle.tests(suite));
        classpath.add(bundle.stubs());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("course-" + bundle.id(), urls(classpath),
                ClassLoader.getPlatformClassLoader())) {
            // The JUnit Platform finds engines and loads test classes through the context class loader.
            thread.setContextClassLoader(loader);
            Method discover = loader.loadClass(ENTRY_POINT).getMethod("discover", String.class, String.class);
            String json = (String) discover.invoke(null, bundle.tests(suite).toString(), suite.name());
            return JSON.readValue(json, new TypeReference<List<GradedTest>>() { });
        } catch (InvocationTargetException failed) {
            throw new CourseUnavailableException("cannot discover the " + suite.name().toLowerCase(Locale.ROOT) + " tests of "
                    + bundle.id() + ": " + failed.getCause(), failed.getCause());
        } catch (IOException | ReflectiveOperationException broken) {
            throw new CourseUnavailableException("cannot discover the tests of " + bundle.id() + ": " + broken,
                    broken);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The directory or jar holding the grader's classes, among them the runner's. */
    public static Path runnerClasses() {
        try {
            return Path.of(TestDiscovery.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException notAFile) {
            throw new IllegalStateException("the grader's classes are not in a file", notAFile);
        }
    }

    private static URL[] urls(List<Path> classpath) throws MalformedURLException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classpath.get(i).toUri().toURL();
        }
        return urls;
    }
}
