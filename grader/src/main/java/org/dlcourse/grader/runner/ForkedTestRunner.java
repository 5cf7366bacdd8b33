package org.dlcourse.grader.runner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dlcourse.kit.backend.BackendInfo;
import org.dlcourse.kit.backend.BackendUnavailableException;
import org.dlcourse.kit.backend.Backends;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
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
 * {@code BACKEND_UNAVAILABLE} event says why, or, without a request, the last line on standard error); {@value #ORPHANED} the grader process ended before this JVM;
 * {@value #RECYCLED} an exercise reported every test (its {@code DONE} is written) but left behind what the next
 * would inherit, so this JVM serves no further exercise (the grader runs each of the rest in a JVM of its own, as
 * after any ending of a shared JVM during a later exercise). Any other ending is a crash, which the grader
 * attributes to the test that was running.
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
    /**
     * Every test of an exercise reported, but the exercise left something behind (an ND4J workspace that cannot be
     * closed, code still running) that the next exercise would inherit; the grader runs the rest in fresh JVMs.
     */
    public static final int RECYCLED = 5;
    /** The argument for an exercise that does not use ND4J. */
    public static final String NO_BACKEND = "none";

    /** The name of each exercise's class loader, which stack frames of the exercise's code carry. */
    private static final String EXERCISE_LOADER = "exercise";
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
                // No request: the grader asked only that the backend load (NativeLibraries); say if it did not.
                if (unavailable != null) {
                    System.err.println(unavailable);
                    System.exit(BACKEND_UNAVAILABLE);
                }
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
     * Runs {@code requests} in order and returns the exit code: {@value #COMPLETED} once every request reported,
     * {@value #RECYCLED} if an exercise left something behind and others remain, or the code of the first that could
     * not report (an unavailable backend is reported in the first request's results).
     *
     * @param backend the loaded backend, or null if none was required or it is unavailable
     * @param unavailable why the required backend is unavailable, or null
     */
    static int run(List<RunRequest> requests, BackendInfo backend, String unavailable) {
        for (int i = 0; i < requests.size(); i++) {
            int code = run(requests.get(i), backend, unavailable, i == requests.size() - 1);
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
     * @param last whether no exercise follows in this JVM, so that what the exercise leaves behind harms none
     */
    private static int run(RunRequest request, BackendInfo backend, String unavailable, boolean last) {
        try (EventLog log = EventLog.append(Path.of(request.results()), request.key())) {
            if (unavailable != null) {
                log.write(RunnerEvent.backendUnavailable(unavailable));
                return BACKEND_UNAVAILABLE;
            }
            if (backend != null) {
                log.write(RunnerEvent.environment(backend));
            }
            Optional<String> leftover = runInItsOwnLoader(request, log, backend != null, last);
            if (leftover.isPresent()) {
                System.err.println("grader runner: ending this JVM before its next exercise: " + leftover.get());
                return RECYCLED;
            }
            return COMPLETED;
        } catch (IOException unwritable) {
            System.err.println("grader runner: cannot write results: " + unwritable.getMessage());
            return NO_REQUEST;
        }
    }

    /**
     * Runs {@code request}'s tests with its test roots and then the student's classes in a class loader of their
     * own, the course classpath its parent, and reports {@code DONE}: each exercise of the JVM sees its own tests,
     * resources (its {@code exercise.json}) and student classes, never another exercise's, while a class name of the
     * course always resolves to the course's. JUnit discovers and loads the tests, and finds engines, through the
     * thread's context class loader, set to it for the run.
     *
     * <p>Then, unless the exercise is the {@code last} of the JVM, puts back what it may have changed for the next
     * one: the ND4J workspaces of this thread ({@link RunnerThreadWorkspaces}, which also closes any left active
     * after each test), and it looks for the exercise's code still running ({@link BackgroundWork}).
     *
     * @param nd4j whether ND4J is loaded, so its workspaces are to be checked
     * @return what the exercise left behind that makes this JVM unfit for the next exercise, if anything
     */
    private static Optional<String> runInItsOwnLoader(RunRequest request, EventLog log, boolean nd4j, boolean last)
            throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String root : request.roots()) {
            urls.add(Path.of(root).toUri().toURL());
        }
        Path studentClasses = Path.of(request.studentClasses());
        urls.add(studentClasses.toUri().toURL());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        BackgroundWork background = BackgroundWork.before();
        try (URLClassLoader exercise = new URLClassLoader(EXERCISE_LOADER, urls.toArray(URL[]::new),
                ClassLoader.getSystemClassLoader())) {
            thread.setContextClassLoader(exercise);
            List<TestExecutionListener> listeners = new ArrayList<>();
            listeners.add(new ResultListener(log, studentClasses));
            RunnerThreadWorkspaces workspaces = new RunnerThreadWorkspaces();
            if (nd4j) {
                listeners.add(workspaces);
            }
            Launcher launcher = LauncherFactory.create();
            launcher.execute(TestRequests.build(request.roots(), request.excluded()),
                    listeners.toArray(TestExecutionListener[]::new));
            log.write(RunnerEvent.done());
            if (last) {
                return Optional.empty();
            }
            if (nd4j && !workspaces.destroyAll()) {
                return Optional.of("an ND4J workspace of the test thread could not be closed");
            }
            return background.remaining(exercise, EXERCISE_LOADER, studentClasses);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
