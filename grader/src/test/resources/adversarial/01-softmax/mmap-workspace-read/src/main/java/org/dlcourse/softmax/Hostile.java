package org.dlcourse.softmax;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.LocationPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        WorkspaceConfiguration mapped = WorkspaceConfiguration.builder().initialSize(1 << 20)
                .policyLocation(LocationPolicy.MMAP).tempFilePath("../hidden/tests.jar").build();
        try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(mapped, "peek")) {
            INDArray bytes = Nd4j.createUninitialized(DataType.BYTE, 1 << 20);
            throw new IllegalStateException("the hidden jar begins with " + bytes.getDouble(0));
        }
    }
}
