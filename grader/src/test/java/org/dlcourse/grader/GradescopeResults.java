package org.dlcourse.grader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student may learn from a Gradescope {@code results.json} before hidden tests are shown: the scores of the
 * tests whose visibility is {@code visible}, per exercise and in all, and nothing else in the text Gradescope always
 * shows ({@code output}).
 */
public final class GradescopeResults {

    /** Gradescope's documented fields, as a schema among the test resources. */
    public static final String SCHEMA = "/consumers/gradescope-results.schema.json";

    private static final Pattern POINTS = Pattern.compile("\\b\\d+/\\d+\\b");

    private GradescopeResults() {
    }

    /** Every {@code points/max} in {@code text}. */
    public static Set<String> pointsIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = POINTS.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The scores over the visible tests of {@code results}: per exercise (a test's first tag) and in all. */
    public static Set<String> visiblePoints(JsonNode results) {
        Map<String, int[]> byExercise = new TreeMap<>();
        int[] total = new int[2];
        for (JsonNode test : results.get("tests")) {
            if (test.get("visibility").asText().equals("visible")) {
                int[] exercise = byExercise.computeIfAbsent(test.get("tags").get(0).asText(), id -> new int[2]);
                for (int[] sum : List.of(exercise, total)) {
                    sum[0] += test.get("score").asInt();
                    sum[1] += test.get("max_score").asInt();
                }
            }
        }
        Set<String> points = new TreeSet<>();
        byExercise.values().forEach(sum -> points.add(sum[0] + "/" + sum[1]));
        points.add(total[0] + "/" + total[1]);
        return points;
    }
}
