package org.dlcourse.sgd;

import java.util.List;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.tensor.RowMajor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Given: multinomial logistic regression, a linear layer followed by the softmax cross-entropy,
 * Z = X·W + 𝟙·b with weights W of shape [D, C] and bias b of shape [1, C], and the gradients of the mean loss
 * L = −(1/N) Σ_n log softmax(z_n)[y_n]:
 * <pre>
 *   G = ∂L/∂Z = (softmax(Z) − onehot(y)) / N,   ∂L/∂W = Xᵀ·G,   ∂L/∂b = 𝟙ᵀ·G  (the column sums of G)
 * </pre>
 * (lecture 02, §1). The loss is convex in (W, b), so with a small enough learning rate SGD finds its minimum
 * from any start; the model starts from W = 0, b = 0, where every class has probability 1/C and the loss is ln C.
 *
 * <p>The parameters are live: {@link #parameters()} returns the arrays themselves, and an optimizer updates them in
 * place. All arrays of a model share one data type (FLOAT or DOUBLE), which inputs must have too.
 */
public final class SoftmaxRegression {

    private final INDArray weights;
    private final INDArray bias;

    /**
     * A model with W = 0 and b = 0.
     *
     * @param features D ≥ 1, the number of inputs (784 for Fashion-MNIST)
     * @param classes  C ≥ 2
     * @param dataType FLOAT or DOUBLE
     */
    public SoftmaxRegression(int features, int classes, DataType dataType) {
        if (features < 1 || classes < 2) {
            throw new IllegalArgumentException("need features >= 1 and classes >= 2, got " + features + " and "
                    + classes);
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("the data type must be FLOAT or DOUBLE, got " + dataType);
        }
        this.weights = Nd4j.zeros(dataType, features, classes);
        this.bias = Nd4j.zeros(dataType, 1, classes);
    }

    /**
     * A model starting from copies of {@code weights} [D, C] and {@code bias} [1, C] of one floating-point type.
     */
    public SoftmaxRegression(INDArray weights, INDArray bias) {
        Checks.requireMatrix("weights", weights);
        Checks.requireMatrix("bias", bias);
        if (bias.rows() != 1 || bias.columns() != weights.columns() || weights.columns() < 2) {
            throw new IllegalArgumentException("need weights [D, C] with C >= 2 and bias [1, C], got "
                    + weights.shapeInfoToString() + " and " + bias.shapeInfoToString());
        }
        if (bias.dataType() != weights.dataType()) {
            throw new IllegalArgumentException("weights and bias must have one data type, got "
                    + weights.dataType() + " and " + bias.dataType());
        }
        this.weights = weights.dup('c');
        this.bias = bias.dup('c');
    }

    /** An independent copy of this model's current parameters. */
    public SoftmaxRegression copy() {
        return new SoftmaxRegression(weights, bias);
    }

    /** D, the number of inputs. */
    public int features() {
        return weights.rows();
    }

    /** C, the number of classes. */
    public int classes() {
        return weights.columns();
    }

    /** The data type of the parameters and of the inputs the model accepts. */
    public DataType dataType() {
        return weights.dataType();
    }

    /** The parameters [W, b] themselves (not copies), in this order; an optimizer updates them in place. */
    public List<INDArray> parameters() {
        return List.of(weights, bias);
    }

    /** The logits Z = X·W + 𝟙·b of a batch X of shape [N, D]: a new [N, C] array. */
    public INDArray logits(INDArray images) {
        requireImages(images);
        return Nd4j.gemm(images, weights, false, false).addiRowVector(bias);
    }

    /** The mean cross-entropy of the batch (images [N, D], N labels). */
    public double loss(INDArray images, int[] labels) {
        return SoftmaxCrossEntropy.meanLoss(logitValues(images, labels), classes(), labels);
    }

    /** The mean cross-entropy over a whole data set. */
    public double loss(Dataset data) {
        return loss(data.images(), data.labels());
    }

    /**
     * The gradients [∂L/∂W, ∂L/∂b] of the batch's mean loss, new arrays in the order and shapes of
     * {@link #parameters()}.
     */
    public List<INDArray> gradients(INDArray images, int[] labels) {
        double[] g = logitValues(images, labels);
        SoftmaxCrossEntropy.toGradient(g, classes(), labels);
        double[] columnSums = new double[classes()];
        for (int i = 0; i < g.length; i++) {
            columnSums[i % columnSums.length] += g[i];
        }
        INDArray gradientLogits = SoftmaxCrossEntropy.matrix(g, labels.length, classes(), weights);
        // Xᵀ·G as one BLAS call, reading X transposed in place.
        return List.of(Nd4j.gemm(images, gradientLogits, true, false),
                SoftmaxCrossEntropy.matrix(columnSums, 1, classes(), weights));
    }

    /** The most probable class of each row of a batch [N, D]: the arg-max of its logits. */
    public int[] predict(INDArray images) {
        return logits(images).argMax(1).toIntVector();
    }

    /** The fraction of the samples of {@code data} whose class is predicted correctly. */
    public double accuracy(Dataset data) {
        int[] predicted = predict(data.images());
        int correct = 0;
        for (int n = 0; n < predicted.length; n++) {
            correct += predicted[n] == data.labels()[n] ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }

    /**
     * The logits X·W + 𝟙·b in row-major order as Java doubles: one BLAS matrix product, the bias added in the
     * loop that copies the values out (lecture 02, "Performance": ND4J operations cost ~40 µs each whatever their
     * size, BLAS calls and Java loops over [B, 10] values a few µs).
     */
    private double[] logitValues(INDArray images, int[] labels) {
        requireImages(images);
        INDArray scores = Nd4j.gemm(images, weights, false, false);
        Checks.requireLabels(scores, labels);
        double[] values = RowMajor.values(scores);
        double[] offsets = bias.data().asDouble();
        for (int i = 0; i < values.length; i++) {
            values[i] += offsets[i % offsets.length];
        }
        return values;
    }

    private void requireImages(INDArray images) {
        Checks.requireMatrix("images", images);
        if (images.columns() != weights.rows()) {
            throw new IllegalArgumentException("images have " + images.columns() + " features, the model "
                    + weights.rows());
        }
        if (images.dataType() != weights.dataType()) {
            throw new IllegalArgumentException("images are " + images.dataType() + " but the model is "
                    + weights.dataType() + "; create the model with the data's type");
        }
    }
}
