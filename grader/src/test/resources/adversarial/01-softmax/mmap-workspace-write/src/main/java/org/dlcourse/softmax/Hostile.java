package org.dlcourse.softmax;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.LocationPolicy;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        WorkspaceConfiguration mapped = new WorkspaceConfiguration();
        mapped.setInitialSize(4096);
        mapped.setPolicyLocation(LocationPolicy.MMAP);
        mapped.setTempFilePath("../results/events-1.jsonl");
        try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(mapped, "overwrite")) {
            Nd4j.zeros(DataType.BYTE, 4096).assign(65);
        }
    }
}
