package org.dlcourse.softmax;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/** A hostile helper of the adversarial corpus: ND4J's softmax, asked for by its native name. */
final class Hostile {

    private Hostile() {
    }

    static INDArray softmax(INDArray logits) {
        INDArray result = logits.ulike();
        Nd4j.exec(DynamicCustomOp.builder("softmax").addInputs(logits).addOutputs(result).addIntegerArguments(1)
                .build());
        return result;
    }
}
