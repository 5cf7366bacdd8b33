package org.dlcourse.grader.runner;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.Stream;

/**
 * Code of an exercise that outlives its tests in the test JVM: a thread it started, a task it left in the common
 * fork-join pool (a parallel stream's worker), a finalizer. Such code would run during the next exercise's tests,
 * taking their time or changing their state, so the JVM must not serve another exercise.
 *
 * <p>Found after the exercise, once a short grace period for work that is about to end has passed: a live thread,
 * any thread, running code of the exercise's class loader (the finalizer thread in a student's {@code finalize}, a
 * pool worker in a student's lambda); the common pool not quiescent; a live non-daemon thread that did not exist
 * when the exercise started; a student class that declares {@code finalize()}, whose
 * objects may yet be finalized at any later time.
 */
final class BackgroundWork {

    /** How long work still running after the exercise may take to end. */
    static final long GRACE_MILLIS = 1000;
    private static final long POLL_MILLIS = 10;

    private final Set<Thread> before;

    private BackgroundWork(Set<Thread> before) {
        this.before = before;
    }

    /** Takes note of the threads alive before an exercise starts. */
    static BackgroundWork before() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Thread.getAllStackTraces().keySet());
        return new BackgroundWork(threads);
    }

    /**
     * What of the exercise still runs or may yet run after the grace period, in one line; empty if nothing.
     *
     * @param exercise the exercise's class loader, named {@code loaderName}, not yet closed
     * @param studentClasses the directory of the student's compiled classes
     */
    Optional<String> remaining(ClassLoader exercise, String loaderName, Path studentClasses) {
        Optional<String> finalizer = declaresFinalize(exercise, studentClasses);
        if (finalizer.isPresent()) {
            return finalizer;
        }
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        while (true) {
            Optional<String> running = running(loaderName);
            if (running.isEmpty() || System.nanoTime() > deadline) {
                return running;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return running;
            }
        }
    }

    private Optional<String> running(String loaderName) {
        Thread self = Thread.currentThread();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            Thread t = thread.getKey();
            if (t == self || !t.isAlive()) {
                continue;
            }
            for (StackTraceElement frame : thread.getValue()) {
                if (loaderName.equals(frame.getClassLoaderName())) {
                    return Optional.of("thread '" + t.getName() + "' runs the exercise's code (" + frame + ")");
                }
            }
            // The libraries start daemon threads of their own on first use (ND4J's deallocators): only a thread that
            // keeps the JVM alive counts as the exercise's, or one running its code (above).
            if (!t.isDaemon() && !before.contains(t) && !isCommonPoolWorker(t)) {
                return Optional.of("thread '" + t.getName() + "', started during the exercise, is still alive");
            }
        }
        if (!ForkJoinPool.commonPool().isQuiescent()) {
            return Optional.of("the common fork-join pool still has work (a parallel stream's, say)");
        }
        return Optional.empty();
    }

    private static boolean isCommonPoolWorker(Thread thread) {
        return thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool();
    }

    // A finalizer runs when the garbage collector gets to its object, which may be during any later exercise.
    private static Optional<String> declaresFinalize(ClassLoader exercise, Path studentClasses) {
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(studentClasses)) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
        } catch (IOException unreadable) {
            return Optional.of("the student's classes cannot be listed: " + unreadable.getMessage());
        }
        for (Path file : classFiles) {
            String relative = studentClasses.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem()
                    .getSeparator(), ".");
            try {
                Class<?> type = Class.forName(name, false, exercise);
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getName().equals("finalize") && method.getParameterCount() == 0) {
                        return Optional.of(name + " declares finalize()");
                    }
                }
            } catch (ReflectiveOperationException | LinkageError unloadable) {
                // A class that does not load has no objects to finalize.
            }
        }
        return Optional.empty();
    }
}
