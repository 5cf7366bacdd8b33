package org.dlcourse.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.ValueFormat;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Tiny transfer problems for the hidden properties: an architecture of one or two hidden layers of width 2–5 on
 * 2–5 inputs, with or without batch norm; 2–3 classes; 4–8 samples uniform in [−2, 2) with random labels; a batch size that
 * never leaves a last batch of one row (batch norm cannot train on it); optimizer settings with momentum and weight
 * decay. The pretrained backbone has moved its running statistics away from (0, 1) with a few training-mode
 * passes, as pretraining would.
 */
final class Cases {

    private Cases() {
    }

    record TransferCase(Architecture architecture, int classes, double[][] x, int[] labels, int batchSize,
            int epochs, TransferSettings settings, long seed) {

        /** The "pretrained" backbone: seeded weights, running statistics moved by three training-mode passes. */
        Backbone pretrained() {
            Backbone backbone = new Backbone(architecture, seed + 1000);
            SplittableRandom random = new SplittableRandom(seed + 2000);
            for (int pass = 0; pass < 3; pass++) {
                backbone.forward(RandomTensors.gaussian(random, 6, architecture.inputs()).addi(1.0));
            }
            // A network has no Java literal: the report names it, says why no snippet is offered, and the case
            // (printed with its data) with this recipe rebuilds it.
            return Counterexample.input("pretrained", backbone);
        }

        INDArray inputs() {
            return org.nd4j.linalg.factory.Nd4j.createFromArray(x);
        }

        TransferCase withSettings(TransferSettings other) {
            return new TransferCase(architecture, classes, x, labels, batchSize, epochs, other, seed);
        }

        @Override
        public String toString() {
            return architecture + ", " + classes + " classes, n = " + labels.length + ", batch " + batchSize + ", "
                    + epochs + " epochs, " + settings + ", seed " + seed + ", x " + ValueFormat.show(x) + ", labels "
                    + Arrays.toString(labels);
        }
    }

    /** Cases with batch norm drawn with probability 1/2, or always when {@code alwaysBatchNorm}. */
    static Gen<TransferCase> cases(boolean alwaysBatchNorm) {
        return new Gen<>() {
            @Override
            public TransferCase sample(SplittableRandom random) {
                int layers = 1 + random.nextInt(2);
                int[] hidden = new int[layers];
                for (int l = 0; l < layers; l++) {
                    hidden[l] = 2 + random.nextInt(4);
                }
                boolean batchNorm = alwaysBatchNorm || random.nextBoolean();
                Architecture architecture = new Architecture(2 + random.nextInt(4), hidden, batchNorm);
                int classes = 2 + random.nextInt(2);
                int n = 4 + random.nextInt(5);
                int batchSize = 2 + random.nextInt(n - 1);
                while (n % batchSize == 1) {
                    batchSize++;
                }
                TransferSettings settings = new TransferSettings(0.05 + 0.45 * random.nextDouble(),
                        0.001 + 0.049 * random.nextDouble(), new double[] {0.0, 0.5, 0.9}[random.nextInt(3)],
                        new double[] {0.0, 1e-3, 0.1}[random.nextInt(3)]);
                return build(architecture, classes, n, batchSize, 1 + random.nextInt(2), settings, random.nextLong());
            }

            @Override
            public List<TransferCase> edgeCases() {
                return List.of(build(new Architecture(3, new int[] {4, 3}, true), 3, 8, 4, 2,
                        new TransferSettings(0.3, 0.01, 0.9, 0.1), 11L));
            }
        };
    }

    static TransferCase build(Architecture architecture, int classes, int n, int batchSize, int epochs,
            TransferSettings settings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][architecture.inputs()];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 4.0 * random.nextDouble() - 2.0;
            }
        }
        int[] labels = RandomTensors.randomLabels(random, n, classes);
        return new TransferCase(architecture, classes, x, labels, batchSize, epochs, settings, seed);
    }

    /** The values of every parameter and the running statistics, flattened, as copies. */
    static List<double[]> state(Backbone backbone) {
        List<double[]> state = new ArrayList<>();
        for (Parameter parameter : backbone.parameters()) {
            state.add(parameter.value().dup().data().asDouble());
        }
        for (BatchNorm batchNorm : backbone.batchNorms()) {
            state.add(batchNorm.runningMean().dup().data().asDouble());
            state.add(batchNorm.runningVariance().dup().data().asDouble());
        }
        return state;
    }

    /** The values of the given parameters, flattened, as copies. */
    static List<double[]> values(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.value().dup().data().asDouble()).toList();
    }

    /** Whether two states are equal bit for bit (Arrays.equals on doubles compares their bits). */
    static boolean bitIdentical(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The learning rate of every parameter of {@code optimizer}, by identity. */
    static Map<Parameter, Double> learningRates(GroupedSgd optimizer) {
        Map<Parameter, Double> rates = new IdentityHashMap<>();
        for (ParameterGroup group : optimizer.groups()) {
            for (Parameter parameter : group.parameters()) {
                rates.put(parameter, group.learningRate());
            }
        }
        return rates;
    }
}
