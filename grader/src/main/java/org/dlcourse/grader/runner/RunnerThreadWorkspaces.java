package org.dlcourse.grader.runner;

import java.util.List;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.api.memory.enums.DebugMode;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J workspaces of the thread that runs the tests, put back as a test or an exercise found them.
 *
 * <p>A workspace that a student's code activates and never closes stays the thread's current workspace: every array
 * that any later code of the thread creates, another exercise's included, is allocated in it, under its policies
 * (a workspace that fails when full makes every later allocation throw). After each test, an active workspace is
 * closed and the thread scoped out of workspaces; the memory stays, since the exercise's own code may still hold
 * arrays in it. After each exercise, whose code is then unreachable, every workspace of the thread is destroyed, so
 * that none is found again by its name with the student's configuration. Whatever a student's workspace does when
 * closed (its class may be the student's) is caught: the thread then counts as not cleared.
 *
 * <p>A listener of one exercise's run: JUnit calls it on the thread that runs the tests, after every test and
 * container.
 */
final class RunnerThreadWorkspaces implements TestExecutionListener {

    private boolean unclosed;

    @Override
    public void executionFinished(TestIdentifier node, TestExecutionResult result) {
        if (!closeActive()) {
            unclosed = true;
        }
    }

    /**
     * After the exercise: destroys every workspace of the thread and resets the workspaces' debug mode; whether the
     * thread now has none and is out of all, and so was it after every test.
     */
    boolean destroyAll() {
        return destroyAllOfThisThread() && !unclosed;
    }

    // After a test: closes any workspace left active and scopes out; whether the thread is now out of all.
    private static boolean closeActive() {
        try {
            MemoryWorkspaceManager manager = Nd4j.getWorkspaceManager();
            if (isClear(manager)) {
                return true;
            }
            Nd4j.getMemoryManager().setCurrentWorkspace(null);
            for (MemoryWorkspace workspace : manager.getAllWorkspacesForCurrentThread()) {
                if (workspace.isScopeActive()) {
                    workspace.close();
                }
            }
            Nd4j.getMemoryManager().setCurrentWorkspace(null);
            return isClear(manager);
        } catch (Throwable unclosable) {
            return false;
        }
    }

    private static boolean destroyAllOfThisThread() {
        try {
            MemoryWorkspaceManager manager = Nd4j.getWorkspaceManager();
            if (manager.getDebugMode() != DebugMode.DISABLED) {
                manager.setDebugMode(DebugMode.DISABLED);
            }
            List<MemoryWorkspace> workspaces = manager.getAllWorkspacesForCurrentThread();
            if (isClear(manager) && workspaces.isEmpty()) {
                return true;
            }
            Nd4j.getMemoryManager().setCurrentWorkspace(null);
            // One by one rather than destroyAllWorkspacesForCurrentThread, which also forces a full garbage collection.
            for (MemoryWorkspace workspace : workspaces) {
                manager.destroyWorkspace(workspace);
            }
            return isClear(manager) && manager.getAllWorkspacesForCurrentThread().isEmpty()
                    && manager.getDebugMode() == DebugMode.DISABLED;
        } catch (Throwable undestroyable) {
            return false;
        }
    }

    private static boolean isClear(MemoryWorkspaceManager manager) {
        return !manager.anyWorkspaceActiveForCurrentThread() && Nd4j.getMemoryManager().getCurrentWorkspace() == null;
    }
}
