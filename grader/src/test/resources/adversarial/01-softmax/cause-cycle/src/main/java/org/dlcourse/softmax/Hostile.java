package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        Traceless first = new Traceless("first of a cycle");
        Traceless second = new Traceless("second of a cycle");
        first.initCause(second);
        second.initCause(first);
        throw first;
    }

    /**
     * An exception without a stack trace, so that nothing in the chain points at the student's code and a search for
     * the student's frame walks the whole chain, around and around the cycle.
     */
    static final class Traceless extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Traceless(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
