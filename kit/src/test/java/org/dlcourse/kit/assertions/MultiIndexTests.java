package org.dlcourse.kit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;

class MultiIndexTests {

    @Test
    void lastAxisVariesFastest() {
        long[] shape = {2, 3};
        assertThat(MultiIndex.format(0, shape)).isEqualTo("[0, 0]");
        assertThat(MultiIndex.format(2, shape)).isEqualTo("[0, 2]");
        assertThat(MultiIndex.format(3, shape)).isEqualTo("[1, 0]");
        assertThat(MultiIndex.format(5, shape)).isEqualTo("[1, 2]");
    }

    @Test
    void aScalarHasTheEmptyIndex() {
        assertThat(MultiIndex.format(0, new long[0])).isEqualTo("[]");
    }

    @Test
    void theIndexRecomposesToTheFlatIndexForRandomShapes() {
        SplittableRandom random = Seeds.random("MultiIndexTests.roundTrip");
        for (int trial = 0; trial < 200; trial++) {
            long[] shape = new long[1 + random.nextInt(4)];
            long length = 1;
            for (int axis = 0; axis < shape.length; axis++) {
                shape[axis] = 1 + random.nextInt(5);
                length *= shape[axis];
            }
            long flat = random.nextLong(length);
            String formatted = MultiIndex.format(flat, shape);
            long[] index = Arrays.stream(formatted.substring(1, formatted.length() - 1).split(", "))
                    .mapToLong(Long::parseLong).toArray();
            long recomposed = 0;
            for (int axis = 0; axis < shape.length; axis++) {
                assertThat(index[axis]).isBetween(0L, shape[axis] - 1);
                recomposed = recomposed * shape[axis] + index[axis];
            }
            assertThat(recomposed).as("%s in %s", formatted, Arrays.toString(shape)).isEqualTo(flat);
        }
    }
}
