package org.dlcourse.grader.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dlcourse.kit.backend.BackendInfo;

/**
 * One line of the results file.
 *
 * @param type what happened
 * @param id the platform node's unique id ({@code PLANNED}, {@code STARTED}, {@code FINISHED}, {@code SKIPPED})
 * @param status how a node finished: {@code passed}, {@code failed} (an assertion), {@code error} (any other
 *     exception), {@code aborted} (an assumption); null otherwise
 * @param message the failure's message, the skip reason or the backend failure
 * @param location where in the student's sources the failure was thrown, {@code org/pkg/File.java:12}
 * @param seed a failed property's seed
 * @param counterexample a failed property's shrunk sample
 * @param environment the backend this JVM runs on ({@code ENVIRONMENT})
 * @param elapsedMillis how long the node ran, from its start to its finish ({@code FINISHED})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunnerEvent(Type type, String id, String status, String message, String location, Long seed,
                          String counterexample, BackendInfo environment, Long elapsedMillis) {

    /** An event without a duration: any but {@code FINISHED}. */
    public RunnerEvent(Type type, String id, String status, String message, String location, Long seed,
                       String counterexample, BackendInfo environment) {
        this(type, id, status, message, location, seed, counterexample, environment, null);
    }

    /** What an event reports. */
    public enum Type {
        /** The requested backend is loaded; {@link #environment()} describes it. */
        ENVIRONMENT,
        /** The requested backend cannot be used; {@link #message()} says why in one line. */
        BACKEND_UNAVAILABLE,
        /** A graded test of this JVM's test plan, by {@link #id()}. */
        PLANNED,
        /** A platform node (container or test) started. */
        STARTED,
        /** A platform node finished. */
        FINISHED,
        /** A platform node was skipped. */
        SKIPPED,
        /** The launcher returned: every planned test has reported. */
        DONE
    }

    static RunnerEvent environment(BackendInfo info) {
        return new RunnerEvent(Type.ENVIRONMENT, null, null, null, null, null, null, info);
    }

    static RunnerEvent backendUnavailable(String message) {
        return new RunnerEvent(Type.BACKEND_UNAVAILABLE, null, null, message, null, null, null, null);
    }

    static RunnerEvent planned(String id) {
        return new RunnerEvent(Type.PLANNED, id, null, null, null, null, null, null);
    }

    static RunnerEvent started(String id) {
        return new RunnerEvent(Type.STARTED, id, null, null, null, null, null, null);
    }

    static RunnerEvent finished(String id, Failure failure, long elapsedMillis) {
        return new RunnerEvent(Type.FINISHED, id, failure.status(), failure.message(), failure.location(),
                failure.seed(), failure.counterexample(), null, elapsedMillis);
    }

    static RunnerEvent skipped(String id, String reason) {
        return new RunnerEvent(Type.SKIPPED, id, null, reason, null, null, null, null);
    }

    static RunnerEvent done() {
        return new RunnerEvent(Type.DONE, null, null, null, null, null, null, null);
    }
}
