package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Edge-case combinations: the diagonal first, then the product, within the budget. */
class SampleScheduleTests {

    @Test
    void theDiagonalComesFirstThenTheRestOfTheProduct() {
        List<int[]> combinations = SampleSchedule.combinations(new int[] {3, 2}, 100);

        assertArrayEquals(new int[][] {{0, 0}, {1, 1}, {2, 0}, {1, 0}, {0, 1}, {2, 1}},
                combinations.toArray(int[][]::new));
    }

    @Test
    void theBudgetCutsTheProduct() {
        List<int[]> combinations = SampleSchedule.combinations(new int[] {8, 8, 8}, 20);

        assertEquals(20, combinations.size());
        assertEquals(20, combinations.stream().map(c -> IntStream.of(c).boxed().toList()).distinct().count());
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(new int[] {i, i, i}, combinations.get(i));
        }
    }

    @Test
    void aParameterWithoutEdgeCasesIsMarkedRandom() {
        List<int[]> combinations = SampleSchedule.combinations(new int[] {2, 0}, 10);

        assertArrayEquals(new int[][] {{0, -1}, {1, -1}}, combinations.toArray(int[][]::new));
    }

    @Test
    void withoutAnyEdgeCasesEveryTryIsRandom() {
        assertThat(SampleSchedule.combinations(new int[] {0, 0}, 10)).isEmpty();
    }

    @Test
    void aParameterWithoutEdgeCasesGetsFreshSamplesInTheEdgeTries() {
        Gen<Double> noEdgeCases = random -> random.nextDouble();
        SampleSchedule schedule = new SampleSchedule(List.of(
                GeneratedParameter.of("flag", boolean.class, Gens.booleans()),
                GeneratedParameter.of("u", double.class, noEdgeCases)), 10, 1);

        List<Object> first = schedule.next();
        List<Object> second = schedule.next();

        assertEquals(2, schedule.edgeTries());
        assertEquals(List.of(false, true), List.of(first.get(0), second.get(0)));
        assertNotEquals(first.get(1), second.get(1));
    }

    @Test
    void evenOneTryStartsWithAnEdgeCase() {
        SampleSchedule schedule = new SampleSchedule(List.of(GeneratedParameter.of("x", double.class, Gens.doubles(-5, 5))), 1, 1);

        assertEquals(1, schedule.edgeTries());
        assertEquals(List.of(0.0), schedule.next());
    }
}
