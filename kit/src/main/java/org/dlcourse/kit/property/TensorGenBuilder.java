package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The common half of the public tensor builders ({@link MatrixGen}, {@link ArrayGen}): their settings decide
 * a {@link TensorGen}, which does all the generating, edge cases, shrinking and printing.
 */
abstract class TensorGenBuilder implements Gen<INDArray> {

    private final TensorGen tensors;

    TensorGenBuilder(TensorGen tensors) {
        this.tensors = tensors;
    }

    @Override
    public final INDArray sample(SplittableRandom random) {
        return tensors.sample(random);
    }

    @Override
    public final List<INDArray> edgeCases() {
        return tensors.edgeCases();
    }

    @Override
    public final Stream<INDArray> shrink(INDArray value) {
        return tensors.shrink(value);
    }

    @Override
    public final String show(INDArray value) {
        return tensors.show(value);
    }
}
