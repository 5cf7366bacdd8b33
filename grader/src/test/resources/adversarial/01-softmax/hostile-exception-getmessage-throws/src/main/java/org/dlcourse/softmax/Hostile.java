package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        throw new Treacherous();
    }

    /** An exception whose every description throws. */
    static final class Treacherous extends RuntimeException {

        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage refuses");
        }

        @Override
        public String getLocalizedMessage() {
            throw new IllegalStateException("getLocalizedMessage refuses");
        }

        @Override
        public synchronized Throwable getCause() {
            throw new IllegalStateException("getCause refuses");
        }

        @Override
        public StackTraceElement[] getStackTrace() {
            throw new IllegalStateException("getStackTrace refuses");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString refuses");
        }
    }
}
