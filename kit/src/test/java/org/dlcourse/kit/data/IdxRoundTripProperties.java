package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** Writing an IDX file and reading it back gives the same dims and bytes, for any shape, plain or gzip. */
class IdxRoundTripProperties {

    Gen<long[]> shapes() {
        return Gens.shapes(1, 4, 1, 9);
    }

    @Property(tries = 150)
    void readInvertsWrite(@ForAll("shapes") long[] shape, @ForAll boolean gzip, @ForAll long seed) throws IOException {
        int[] dims = new int[shape.length];
        int size = 1;
        for (int axis = 0; axis < shape.length; axis++) {
            dims[axis] = (int) shape[axis];
            size *= dims[axis];
        }
        byte[] values = new byte[size];
        new SplittableRandom(seed).nextBytes(values);
        byte[] content = IdxFiles.encode(dims, values);
        Path file = Files.createTempFile("round-trip", ".idx");
        try {
            IdxArray read = IdxReader.read(IdxFiles.write(file, gzip ? IdxFiles.gzip(content) : content));

            assertThat(read.dims()).containsExactly(dims);
            assertThat(read.values()).containsExactly(values);
        } finally {
            Files.delete(file);
        }
    }
}
