package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dlcourse.kit.symmetry.C4Rotation;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The generators of the course: numbers, choices, tensors, permutations and group elements. */
public final class Gens {

    private Gens() {
    }

    /**
     * Uniform doubles in [min, max]. Edge cases first: 0, 1, −1, 1e−12, min, max, 1000, −1000 (those inside the
     * range); a failing value shrinks toward 0 (or the bound nearest to it), integers and halves.
     */
    public static Gen<Double> doubles(double min, double max) {
        return new DoubleGen(min, max);
    }

    /** Uniform ints in [min, max]; edge cases 0, ±1, min, max; shrinking toward 0 (or the bound nearest to it). */
    public static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue, Integer::longValue);
    }

    /** Uniform longs in [min, max]; edge cases 0, ±1, min, max; shrinking toward 0 (or the bound nearest to it). */
    public static Gen<Long> longs(long min, long max) {
        return new LongGen(min, max);
    }

    /** {@code false} or {@code true}; both are edge cases, {@code true} shrinks to {@code false}. */
    public static Gen<Boolean> booleans() {
        return elements(List.of(false, true));
    }

    /** One of {@code values}, uniformly; see {@link #elements}. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> choices = new ArrayList<>(values.length);
        for (T value : values) {
            choices.add(value);
        }
        return elements(choices);
    }

    /**
     * One of {@code values}, uniformly. Lists of up to 8 elements are tried exhaustively as edge cases, longer
     * ones by their first and last element; a value shrinks toward the front of the list.
     */
    public static <T> Gen<T> elements(List<T> values) {
        return new ElementGen<>(values);
    }

    /**
     * Values built from two components by {@code build}, shrinking each component with its own generator;
     * {@code firstOf} and {@code secondOf} recover the components of a value (for a record: its accessors), e.g.
     * {@code Gens.zip(Gens.ints(1, 9), Gens.doubles(0, 1), Layer::new, Layer::width, Layer::dropout)}.
     */
    public static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> build,
            Function<? super R, ? extends A> firstOf, Function<? super R, ? extends B> secondOf) {
        return new ZipGen<>(first, second, build, firstOf, secondOf);
    }

    /** Matrices, by default 1–8 × 1–8 DOUBLE with elements in [−1000, 1000]; see {@link MatrixGen}. */
    public static MatrixGen matrices() {
        return new MatrixGen();
    }

    /** Tensors of any rank, by default rank 1–3, axes of size 1–5, DOUBLE in [−1000, 1000]; see {@link ArrayGen}. */
    public static ArrayGen arrays() {
        return new ArrayGen();
    }

    /**
     * Shapes with a rank in [rankMin, rankMax] and every axis of a size in [dimMin, dimMax] (all at least 1);
     * edge cases are shapes with a size-1 axis, all ones, the smallest and a typical shape; shrinking removes
     * axes and shortens them.
     */
    public static Gen<long[]> shapes(int rankMin, int rankMax, int dimMin, int dimMax) {
        return ShapeGen.uniform(rankMin, rankMax, dimMin, dimMax);
    }

    /** Uniformly random permutations of {0, …, n−1}; see {@link #permutations(int, int)}. */
    public static Gen<int[]> permutations(int n) {
        return permutations(n, n);
    }

    /**
     * Uniformly random permutations p of {0, …, n−1} with n in [minN, maxN], p[i] being the image of i, drawn by
     * the Fisher–Yates shuffle. Edge cases: the identity and the reversal; shrinking toward fewer elements and
     * toward the identity.
     */
    public static Gen<int[]> permutations(int minN, int maxN) {
        return new PermutationGen(minN, maxN);
    }

    /** The rotations of the group C4, uniformly; all four are edge cases, the identity first. */
    public static Gen<C4Rotation> c4() {
        return elements(C4Rotation.all());
    }

    /**
     * Uniform angles in [0, 2π) radians, i.e. Haar-random planar rotations SO(2); edge cases 0, π/2, π, 3π/2.
     */
    public static Gen<Double> so2Angles() {
        return new AngleGen();
    }

    /**
     * Haar-random 3×3 DOUBLE rotation matrices of SO(3): a unit quaternion uniform on S³ by Shoemake's method
     * (K. Shoemake, "Uniform random rotations", Graphics Gems III, 1992) mapped to its rotation matrix, which is
     * Haar-distributed because S³ → SO(3) is the double cover. Edge cases: the identity and the half turns about
     * the x, y and z axes; a rotation shrinks to the identity.
     */
    public static Gen<INDArray> so3Rotations() {
        return new So3RotationGen();
    }
}
