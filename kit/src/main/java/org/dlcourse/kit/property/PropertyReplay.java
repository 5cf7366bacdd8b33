package org.dlcourse.kit.property;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * {@code -Ddlcourse.replay=Class#method:arguments}: runs that one property once, on exactly the arguments a
 * {@link PropertyFailure} reported ({@link PropertyFailure#replay()}), with no seed, no other samples and no
 * shrinking. Other properties run as usual. The arguments are in the exact text form of {@link SampleCodec}. The
 * value may name several properties, one per line (the grader's {@code --replay}, repeated).
 */
final class PropertyReplay {

    /** The system property naming the property to replay and its counterexample. */
    static final String REPLAY_PROPERTY = "dlcourse.replay";

    private PropertyReplay() {
    }

    /** The arguments to replay property {@code name} on, if {@code -Ddlcourse.replay} names it. */
    static Optional<List<Object>> requestedFor(String name, List<Type> types) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay == null || replay.isBlank()) {
            return Optional.empty();
        }
        for (String request : replay.strip().split("\\R")) {
            int colon = request.indexOf(':');
            if (colon < 0) {
                throw new PropertyDefinitionException("-D" + REPLAY_PROPERTY + " must be Class#method:arguments, "
                        + "as a failure reports it, was '" + request + "'");
            }
            if (request.substring(0, colon).strip().equals(name)) {
                return Optional.of(decode(name, request.substring(colon + 1).strip(), types));
            }
        }
        return Optional.empty();
    }

    private static List<Object> decode(String name, String arguments, List<Type> types) {
        try {
            return SampleCodec.decode(arguments, types);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new PropertyDefinitionException("-D" + REPLAY_PROPERTY + " does not hold arguments of " + name
                    + ": " + e.getMessage(), e);
        }
    }

    /** The replay value of {@code arguments} for property {@code name}, or empty if they have no exact text form. */
    static String of(String name, List<Object> arguments, List<Type> types) {
        String text = SampleCodec.encodeIfExact(arguments, types);
        return text == null ? "" : name + ":" + text;
    }
}
