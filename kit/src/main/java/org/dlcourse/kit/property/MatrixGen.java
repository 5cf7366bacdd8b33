package org.dlcourse.kit.property;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Matrices (rank-2 tensors) with a number of rows and columns in given ranges and independently generated
 * elements; an immutable builder, each setter returns a new generator.
 *
 * <p>Defaults: 1–8 rows, 1–8 columns, elements {@code Gens.doubles(-1000, 1000)}, dtype DOUBLE. Edge cases
 * and shrinking are those of {@link TensorGen}: a single row, a single column, 1×1, zeros, ties, ±1000,
 * very negative rows; rows are dropped before columns, then values simplified.
 */
public final class MatrixGen extends TensorGenBuilder {

    private final int rowsMin;
    private final int rowsMax;
    private final int colsMin;
    private final int colsMax;
    private final Gen<Double> values;
    private final DataType dataType;

    MatrixGen() {
        this(1, 8, 1, 8, Gens.doubles(-DoubleGen.LARGE, DoubleGen.LARGE), DataType.DOUBLE);
    }

    private MatrixGen(int rowsMin, int rowsMax, int colsMin, int colsMax, Gen<Double> values, DataType dataType) {
        super(new TensorGen(ShapeGen.perAxis(new int[] {rowsMin, colsMin}, new int[] {rowsMax, colsMax}),
                Objects.requireNonNull(values, "values"), Objects.requireNonNull(dataType, "dataType")));
        this.rowsMin = rowsMin;
        this.rowsMax = rowsMax;
        this.colsMin = colsMin;
        this.colsMax = colsMax;
        this.values = values;
        this.dataType = dataType;
    }

    /** Matrices with between {@code min} and {@code max} rows (inclusive, at least 1). */
    public MatrixGen rows(int min, int max) {
        return new MatrixGen(min, max, colsMin, colsMax, values, dataType);
    }

    /** Matrices with between {@code min} and {@code max} columns (inclusive, at least 1). */
    public MatrixGen cols(int min, int max) {
        return new MatrixGen(rowsMin, rowsMax, min, max, values, dataType);
    }

    /** Matrices whose elements are drawn independently from {@code values}. */
    public MatrixGen values(Gen<Double> values) {
        return new MatrixGen(rowsMin, rowsMax, colsMin, colsMax, values, dataType);
    }

    /** Matrices of {@code dataType}; elements are generated as doubles and cast. */
    public MatrixGen dataType(DataType dataType) {
        return new MatrixGen(rowsMin, rowsMax, colsMin, colsMax, values, dataType);
    }
}
