package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        throw new Swollen(0);
    }

    /** An exception with a 10 MB message, a 10 MB description and an endless chain of fresh causes. */
    static final class Swollen extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private static final String HUGE = "x".repeat(10_000_000);

        private final int depth;

        Swollen(int depth) {
            this.depth = depth;
        }

        @Override
        public String getMessage() {
            return HUGE;
        }

        @Override
        public String toString() {
            return HUGE;
        }

        @Override
        public synchronized Throwable getCause() {
            return new Swollen(depth + 1);
        }
    }
}
