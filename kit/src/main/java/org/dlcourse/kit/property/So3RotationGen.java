package org.dlcourse.kit.property;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Haar-random rotation matrices R ∈ SO(3) (3×3, DOUBLE), via a uniformly random unit quaternion.
 *
 * <p>Shoemake's method (K. Shoemake, "Uniform random rotations", Graphics Gems III, 1992, pp. 124–132): for
 * u₁, u₂, u₃ uniform in [0, 1), θ₁ = 2πu₂, θ₂ = 2πu₃, the quaternion
 * <pre>
 *   q = (w, x, y, z) = (√u₁ cos θ₂, √(1−u₁) sin θ₁, √(1−u₁) cos θ₁, √u₁ sin θ₂)
 * </pre>
 * is uniform on the unit sphere S³, and since S³ → SO(3) is the double cover, the rotation
 * <pre>
 *   R = [[1 − 2(y² + z²), 2(xy − wz),     2(xz + wy)    ],
 *        [2(xy + wz),     1 − 2(x² + z²), 2(yz − wx)    ],
 *        [2(xz − wy),     2(yz + wx),     1 − 2(x² + y²)]]
 * </pre>
 * is distributed by the Haar measure of SO(3). {@link StrictMath} keeps the samples bit-identical on every JVM.
 * Edge cases: the identity and the half turns about the x, y and z axes (where the rotation angle is π and
 * axis-angle code is singular). A rotation shrinks to the identity.
 */
final class So3RotationGen implements Gen<INDArray> {

    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @Override
    public INDArray sample(SplittableRandom random) {
        double u1 = random.nextDouble();
        double theta1 = 2 * Math.PI * random.nextDouble();
        double theta2 = 2 * Math.PI * random.nextDouble();
        double r1 = StrictMath.sqrt(1 - u1);
        double r2 = StrictMath.sqrt(u1);
        return fromQuaternion(r2 * StrictMath.cos(theta2), r1 * StrictMath.sin(theta1),
                r1 * StrictMath.cos(theta1), r2 * StrictMath.sin(theta2));
    }

    @Override
    public List<INDArray> edgeCases() {
        return List.of(matrix(IDENTITY),
                matrix(new double[] {1, 0, 0, 0, -1, 0, 0, 0, -1}),
                matrix(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, -1}),
                matrix(new double[] {-1, 0, 0, 0, -1, 0, 0, 0, 1}));
    }

    @Override
    public Stream<INDArray> shrink(INDArray rotation) {
        boolean identity = Arrays.equals(TensorValues.rowMajor(rotation), IDENTITY);
        return identity ? Stream.empty() : Stream.of(matrix(IDENTITY));
    }

    /** The rotation of the unit quaternion w + xi + yj + zk (formula in the class comment). */
    static INDArray fromQuaternion(double w, double x, double y, double z) {
        return matrix(new double[] {
            1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
            2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
            2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)});
    }

    private static INDArray matrix(double[] rowMajor) {
        return Nd4j.create(rowMajor, new long[] {3, 3}, DataType.DOUBLE);
    }
}
