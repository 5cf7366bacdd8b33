package org.dlcourse.kit.property;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The inputs a property really passed to the method under test, recorded so that a counterexample shows them.
 *
 * <p>A property whose body derives the method's input from its generated parameters (adds a shift, scales,
 * concatenates) would otherwise report only the generated values, from which the failure cannot be reproduced.
 * Wrap the derived input where it is passed:
 *
 * <pre>{@code
 * INDArray p = Softmax.softmax(Counterexample.input("shiftedLogits", logits.addColumnVector(shifts)));
 * }</pre>
 *
 * <p>A generator the property seeds for the method is recorded by its seed, with {@link #random}, so that the
 * snippet declares {@code SplittableRandom random = new SplittableRandom(42L);}. An input that has no Java literal
 * (a network, a function) is still recorded: the report then names its type and says that no snippet is offered.
 *
 * <p>On failure the report lists every recorded input of the shrunk run, exactly, and a paste-ready Java snippet
 * that declares them ({@link JavaSnippet}). Outside a property run, {@link #input} only returns its value.
 */
public final class Counterexample {

    private static final ThreadLocal<List<RecordedInput>> RECORDING = new ThreadLocal<>();

    private Counterexample() {
    }

    /**
     * Records {@code value} as an input of the method under test, under {@code name} (a Java identifier, used in
     * the snippet), and returns it unchanged. The value is copied when recorded: a method that modifies its input
     * cannot change what the report shows.
     */
    public static <T> T input(String name, T value) {
        List<RecordedInput> recording = RECORDING.get();
        if (recording != null) {
            if (!JavaSnippet.isIdentifier(name)) {
                throw new PropertyDefinitionException("Counterexample.input needs a Java identifier as name, got '"
                        + name + "'");
            }
            recording.add(new RecordedInput(name, copyOf(value)));
        }
        return value;
    }

    /**
     * A fresh {@code new SplittableRandom(seed)}, recorded under {@code name} as that expression: the generator a
     * property hands to the method under test, which a snippet can only rebuild from its seed.
     */
    public static SplittableRandom random(String name, long seed) {
        input(name, new SeededRandom(seed));
        return new SplittableRandom(seed);
    }

    /** A {@code SplittableRandom} as the seed it was made from; its text is the Java expression that makes it. */
    record SeededRandom(long seed) {

        @Override
        public String toString() {
            return "new SplittableRandom(" + seed + "L)";
        }
    }

    /** An input recorded by {@link #input}: its name and a copy of its value. */
    record RecordedInput(String name, Object value) {
    }

    /** Starts recording the inputs of one run on this thread; {@link #stopRecording} ends it. */
    static List<RecordedInput> startRecording() {
        List<RecordedInput> recording = new ArrayList<>();
        RECORDING.set(recording);
        return recording;
    }

    static void stopRecording() {
        RECORDING.remove();
    }

    /** A copy of tensors and arrays (nested arrays deeply), so that later changes to {@code value} do not show. */
    static Object copyOf(Object value) {
        if (value instanceof INDArray tensor) {
            return tensor.dup();
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            Object copy = Array.newInstance(value.getClass().getComponentType(), length);
            for (int i = 0; i < length; i++) {
                Array.set(copy, i, copyOf(Array.get(value, i)));
            }
            return copy;
        }
        return value;
    }
}
