package org.dlcourse.regularization;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The mask the dropout recipe of the exercise draws, computed independently of the student's code. */
final class DropoutOracle {

    private DropoutOracle() {
    }

    /** Per element in row-major order: u = nextDouble(), 0 if u &lt; p, else 1/(1 − p) (u &lt; 1 always, so all 0 when p = 1). */
    static INDArray mask(SplittableRandom random, double p, long rows, long columns) {
        double[] values = new double[Math.toIntExact(rows * columns)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < p ? 0.0 : 1.0 / (1.0 - p);
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.DOUBLE);
    }
}
