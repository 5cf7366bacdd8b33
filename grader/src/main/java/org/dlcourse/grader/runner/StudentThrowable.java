package org.dlcourse.grader.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A throwable read defensively. Its class may be the student's, overriding {@code getMessage}, {@code getCause} or
 * {@code getStackTrace} to throw, to return huge or malformed strings, or to chain causes in a cycle or without end
 * ({@code a.initCause(b); b.initCause(a)} needs no override at all): every read here is guarded, every walk is
 * bounded, and what the student's code threw while being read is described in its place.
 */
final class StudentThrowable {

    /** At most this many links of a cause chain are followed; a longer chain is cut there. */
    static final int MAX_CAUSE_DEPTH = 32;
    /** At most this many frames of each throwable are looked at. */
    static final int MAX_FRAMES = 1024;

    private StudentThrowable() {
    }

    /**
     * {@code thrown} and its causes, each once (by identity, so a cycle ends where it closes) and at most
     * {@value #MAX_CAUSE_DEPTH}; a {@code getCause} that throws ends the chain.
     */
    static List<Throwable> causeChain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable link = thrown; link != null && chain.size() < MAX_CAUSE_DEPTH && seen.add(link); ) {
            chain.add(link);
            try {
                link = link.getCause();
            } catch (Throwable refused) {
                link = null;
            }
        }
        return chain;
    }

    /** The class's simple name, or its full name for an anonymous class. */
    static String name(Throwable thrown) {
        Class<?> type = thrown.getClass();
        return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    }

    /**
     * {@code thrown}'s message, {@linkplain SafeText#capped capped} to {@code max} and stripped; empty if it has
     * none; {@code Name (its getMessage() threw X)} if reading it threw.
     */
    static String message(Throwable thrown, int max) {
        try {
            return readMessage(thrown, max);
        } catch (Throwable refused) {
            return refusal(thrown, refused);
        }
    }

    /** {@code Name: message}, or {@code Name} alone if it has no message, as {@link #message} reads it. */
    static String nameAndMessage(Throwable thrown, int max) {
        try {
            String message = readMessage(thrown, max);
            return message.isEmpty() ? name(thrown) : name(thrown) + ": " + message;
        } catch (Throwable refused) {
            return refusal(thrown, refused);
        }
    }

    // Capped before anything copies it whole: the student chooses its length.
    private static String readMessage(Throwable thrown, int max) {
        String message = thrown.getMessage();
        return message == null ? "" : SafeText.capped(message, max).strip();
    }

    private static String refusal(Throwable thrown, Throwable refused) {
        return name(thrown) + " (its getMessage() threw " + name(refused) + ")";
    }

    /** {@code thrown}'s first {@value #MAX_FRAMES} stack frames; none if {@code getStackTrace} throws or lies. */
    static List<StackTraceElement> frames(Throwable thrown) {
        StackTraceElement[] frames;
        try {
            frames = thrown.getStackTrace();
        } catch (Throwable refused) {
            return List.of();
        }
        List<StackTraceElement> kept = new ArrayList<>();
        for (int i = 0; frames != null && i < frames.length && i < MAX_FRAMES; i++) {
            if (frames[i] != null) {
                kept.add(frames[i]);
            }
        }
        return kept;
    }
}
