package org.dlcourse.grader.runner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.backend.BackendInfo;
import org.dlcourse.kit.backend.BackendUnavailableException;
import org.dlcourse.kit.backend.Backends;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The forked test JVM's main: requires the ND4J backend named by its argument, then reads a JSON array of
 * {@link RunRequest}s (one per exercise) from standard input, runs each request's tests in turn through the JUnit
 * Platform Launcher and writes {@link RunnerEvent}s to that request's results file, ending it with {@code DONE}
 * before the next request starts.
 *
 * <p>Usage: {@code ForkedTestRunner cpu|cuda|none}. The backend is loaded before the request is read, so the grader
 * can start this JVM early and let ND4J load while it compiles and checks the student's code; no student class
 * exists before the request arrives. Standard input closed without a request means the grader no longer needs the
 * JVM.
 *
 * <p>Exit codes: {@value #COMPLETED} every test reported (then the last event is {@code DONE}; the grader trusts
 * that event, never the exit code alone, since student code could exit with 0); {@value #NO_REQUEST} no or an
 * unreadable request, or unwritable results; {@value #BACKEND_UNAVAILABLE} the backend cannot be used (a
 * {@code BACKEND_UNAVAILABLE} event says why); {@value #ORPHANED} the grader process ended before this JVM. Any
 * other ending is a crash, which the grader attributes to the test that was running.
 */
public final class ForkedTestRunner {

    /** Every test reported. */
    public static final int COMPLETED = 0;
    /** No request, an unreadable one, or results that cannot be written. */
    public static final int NO_REQUEST = 2;
    /** The requested ND4J backend cannot be used. */
    public static final int BACKEND_UNAVAILABLE = 3;
    /** The grader that started this JVM is gone. */
    public static final int ORPHANED = 4;
    /** The argument for an exercise that does not use ND4J. */
    public static final String NO_BACKEND = "none";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ForkedTestRunner() {
    }

    /** Loads the backend, runs the request on standard input and exits with one of the codes above. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ForkedTestRunner cpu|cuda|" + NO_BACKEND);
            System.exit(NO_REQUEST);
        }
        endWithTheGrader();
        // The backend first: a missing or failing backend is one clear error, never a silent CPU fallback.
        BackendInfo backend = null;
        String unavailable = null;
        if (!args[0].equals(NO_BACKEND)) {
            try {
                backend = Backends.require(args[0]);
            } catch (BackendUnavailableException failure) {
                unavailable = failure.getMessage();
            }
        }
        List<RunRequest> requests;
        try {
            // Read to the end before any test runs, so that student code finds nothing on standard input.
            byte[] json = System.in.readAllBytes();
            if (json.length == 0) {
                System.exit(NO_REQUEST);
                return;
            }
            requests = JSON.readValue(json, new TypeReference<List<RunRequest>>() { });
        } catch (IOException | RuntimeException unreadable) {
            System.err.println("grader runner: unreadable request: " + unreadable.getMessage());
            System.exit(NO_REQUEST);
            return;
        }
        System.exit(run(requests, backend, unavailable));
    }

    // A JVM whose grader is gone (killed, crashed) has no one to report to and no one to kill it on a timeout: it
    // halts, so that no orphaned JVM keeps running student code.
    private static void endWithTheGrader() {
        ProcessHandle.current().parent().ifPresent(grader -> {
            Thread watchdog = new Thread(() -> {
                grader.onExit().join();
                Runtime.getRuntime().halt(ORPHANED);
            }, "grader-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        });
    }

    /**
     * Runs {@code requests} in order and returns the exit code: {@value #COMPLETED} once every request reported, or
     * the code of the first that could not (an unavailable backend is reported in the first request's results).
     *
     * @param backend the loaded backend, or null if none was required or it is unavailable
     * @param unavailable why the required backend is unavailable, or null
     */
    static int run(List<RunRequest> requests, BackendInfo backend, String unavailable) {
        for (RunRequest request : requests) {
            int code = run(request, backend, unavailable);
            if (code != COMPLETED) {
                return code;
            }
        }
        return COMPLETED;
    }

    /**
     * Runs {@code request} and returns the exit code.
     *
     * @param backend the loaded backend, or null if none was required or it is unavailable
     * @param unavailable why the required backend is unavailable, or null
     */
    private static int run(RunRequest request, BackendInfo backend, String unavailable) {
        try (EventLog log = EventLog.append(Path.of(request.results()), request.key())) {
            if (unavailable != null) {
                log.write(RunnerEvent.backendUnavailable(unavailable));
                return BACKEND_UNAVAILABLE;
            }
            if (backend != null) {
                log.write(RunnerEvent.environment(backend));
            }
            runInItsOwnLoader(request, log);
            log.write(RunnerEvent.done());
            return COMPLETED;
        } catch (IOException unwritable) {
            System.err.println("grader runner: cannot write results: " + unwritable.getMessage());
            return NO_REQUEST;
        }
    }

    /**
     * Runs {@code request}'s tests with its test roots and then the student's classes in a class loader of their
     * own, the course classpath its parent: each exercise of the JVM sees its own tests, resources (its
     * {@code exercise.json}) and student classes, never another exercise's, while a class name of the course always
     * resolves to the course's. JUnit discovers and loads the tests, and finds engines, through the thread's context
     * class loader, set to it for the run.
     */
    private static void runInItsOwnLoader(RunRequest request, EventLog log) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String root : request.roots()) {
            urls.add(Path.of(root).toUri().toURL());
        }
        urls.add(Path.of(request.studentClasses()).toUri().toURL());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader exercise = new URLClassLoader("exercise", urls.toArray(URL[]::new),
                ClassLoader.getSystemClassLoader())) {
            thread.setContextClassLoader(exercise);
            Launcher launcher = LauncherFactory.create();
            launcher.execute(TestRequests.build(request.roots(), request.excluded()),
                    new ResultListener(log, Path.of(request.studentClasses())));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
