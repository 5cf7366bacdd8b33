package org.dlcourse.softmax;

import java.io.Serializable;
import java.util.function.IntUnaryOperator;

/** A helper of the adversarial corpus that is not hostile: javac's synthetic members must pass the policy. */
final class Hostile {

    private interface Step extends IntUnaryOperator, Serializable {
    }

    private enum Direction { UP, DOWN }

    private record Count(int value) implements Comparable<Count> {

        @Override
        public int compareTo(Count other) {
            return Integer.compare(value, other.value);
        }
    }

    private Hostile() {
    }

    static void act() {
        Step next = value -> value + 1;
        assert next.applyAsInt(0) == 1 : "a step adds one";
        Direction direction = Direction.values()[next.applyAsInt(0) % Direction.values().length];
        int sign = switch (direction) {
            case UP -> 1;
            case DOWN -> -1;
        };
        String label = switch (direction.name()) {
            case "UP" -> "up";
            default -> "down";
        };
        if (new Count(sign).compareTo(new Count(0)) == 0 || label.isEmpty()) {
            throw new IllegalStateException("unreachable");
        }
    }
}
