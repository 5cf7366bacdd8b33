package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus: names the hidden test that called it. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        StringBuilder callers = new StringBuilder();
        for (StackTraceElement frame : new Throwable().getStackTrace()) {
            callers.append(frame.getClassName()).append(':').append(frame.getLineNumber()).append(' ');
        }
        throw new AssertionError(callers.toString());
    }
}
