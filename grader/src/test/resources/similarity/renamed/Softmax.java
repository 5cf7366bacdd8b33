package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

// my softmax
public final class Softmax {
    private Softmax() { }

    public static INDArray softmax(INDArray z) {
        Inputs.requireLogits(z);
        INDArray centred = z.subColumnVector(z.max(true, 1)); // subtract the max for stability
        INDArray e = Transforms.exp(centred, false);
        return e.diviColumnVector(e.sum(true, 1));
    }

    public static INDArray logSoftmax(INDArray z) {
        Inputs.requireLogits(z);
        INDArray centred = z.subColumnVector(z.max(true, 1));
        INDArray lse = Transforms.log(Transforms.exp(centred, true).sum(true, 1), false);
        return centred.subiColumnVector(lse);
    }
}
