package org.dlcourse.kit.property;

import org.dlcourse.kit.random.Seeds;

/**
 * The seed of a property: the {@code dlcourse.seed} system property if set, else {@link Property#seed()} if
 * not 0, else a stable hash of {@code fully.qualified.Class#method} ({@link Seeds#of}), the same on every JVM.
 *
 * <p>The replay seed may be quoted, {@code "8707812321432731840"}: the JSON report writes seeds as strings, since
 * they exceed 2⁵³ and a JSON number that large is rounded by JavaScript and {@code jq}.
 */
final class PropertySeeds {

    /** The system property that replays a reported failure by overriding the seed of every property. */
    static final String REPLAY_PROPERTY = "dlcourse.seed";

    private PropertySeeds() {
    }

    static long seedOf(Property property, Class<?> testClass, String methodName) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            try {
                return Long.decode(unquoted(replay.strip()));
            } catch (NumberFormatException e) {
                throw new PropertyDefinitionException("-D" + REPLAY_PROPERTY + " must be a long (decimal or 0x hex), "
                        + "was '" + replay + "'", e);
            }
        }
        if (property.seed() != 0) {
            return property.seed();
        }
        return Seeds.of(testClass.getName() + "#" + methodName);
    }

    private static String unquoted(String seed) {
        return seed.length() >= 2 && seed.startsWith("\"") && seed.endsWith("\"")
                ? seed.substring(1, seed.length() - 1).strip() : seed;
    }
}
