package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;

/** A hostile helper of the adversarial corpus: an allowed op that answers to a forbidden op's name. */
final class Hostile extends Erf {

    Hostile(INDArray logits) {
        super(logits);
    }

    @Override
    public String opName() {
        return "softmax";
    }

    static INDArray softmax(INDArray logits) {
        return Nd4j.exec(new Hostile(logits));
    }
}
