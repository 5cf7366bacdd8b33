package org.dlcourse.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The sandbox built on bubblewrap ({@code bwrap}, Debian's {@code bubblewrap}): new mount, PID, network, IPC and UTS
 * namespaces; a file system holding only the system's read-only {@code /usr}, a private {@code /proc}, {@code /dev}
 * and {@code /tmp}, and the {@link Confinement}'s paths at their own places; no network; every process of the
 * sandbox killed with it (PID namespace) and with the grader ({@code --die-with-parent}); resource limits set with
 * {@code prlimit}.
 *
 * <p>Who the confined code runs as: when the grader runs as an ordinary user, bubblewrap adds a user namespace and
 * the code keeps that user's identity with no capabilities. When the grader runs as root, the code must not stay
 * root: bubblewrap sets up the mounts with only the capabilities to change identity, and {@code setpriv} then
 * switches to a user id of this sandbox's own (from {@value #FIRST_UID}), with no capabilities, no supplementary
 * groups and {@code no_new_privs}; a per-sandbox id also makes {@code RLIMIT_NPROC}, which the kernel counts per user,
 * a limit of this sandbox alone. The writable directories are given to that user.
 *
 * <p>See {@code docs/security.md} for the threat model and the tests behind each guarantee.
 */
public final class Bubblewrap implements Sandbox {

    /** The first user id given to sandboxes when the grader runs as root; ids wrap within {@value #UIDS}. */
    static final int FIRST_UID = 200_000;
    static final int UIDS = 60_000;
    private static final AtomicInteger SANDBOXES = new AtomicInteger();
    /** Top-level system directories that may be links into {@code /usr} (merged /usr) or directories of their own. */
    private static final List<String> SYSTEM_DIRECTORIES = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64");
    /** Outside {@code /usr}, what the dynamic loader and the JDK read. */
    private static final List<Path> SYSTEM_FILES = List.of(Path.of("/etc/ld.so.cache"));
    /** Room for what a sandbox adds to a layered directory: lock files, not libraries. */
    private static final long LAYER_BYTES = 16L * 1024 * 1024;

    private final Path executable;
    private final boolean asRoot;
    private final String version;

    Bubblewrap(Path executable, boolean asRoot, String version) {
        this.executable = executable;
        this.asRoot = asRoot;
        this.version = version;
    }

    @Override
    public List<String> confine(Confinement confinement, List<String> command) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(executable.toString());
        line.addAll(List.of("--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net", "--unshare-ipc",
                "--unshare-uts", "--unshare-cgroup-try"));
        int uid = -1;
        if (asRoot) {
            line.addAll(List.of("--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                    "--cap-add", "CAP_SETPCAP"));
            uid = FIRST_UID + Math.floorMod(ProcessHandle.current().pid() * 1024 + SANDBOXES.getAndIncrement(), UIDS);
            for (Path writable : confinement.writable()) {
                giveTo(writable, uid);
            }
        } else {
            line.addAll(List.of("--unshare-user", "--disable-userns"));
        }
        line.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (String directory : SYSTEM_DIRECTORIES) {
            Path path = Path.of(directory);
            if (Files.isSymbolicLink(path)) {
                line.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), directory));
            } else if (Files.isDirectory(path)) {
                line.addAll(List.of("--ro-bind", directory, directory));
            }
        }
        line.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        line.addAll(List.of("--perms", "1777", "--size", Long.toString(confinement.scratchBytes()), "--tmpfs", "/tmp"));
        List<Mount> mounts = mounts(confinement);
        List<Path> layered = confinement.layered().stream()
                .filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList();
        List<Path> places = new ArrayList<>(mounts.stream().map(Mount::path).toList());
        places.addAll(layered);
        for (Path directory : parents(places)) {
            line.addAll(List.of("--perms", "0755", "--dir", directory.toString()));
        }
        for (Mount mount : mounts) {
            line.addAll(List.of(mount.writable() ? "--bind" : "--ro-bind", mount.path().toString(),
                    mount.path().toString()));
        }
        for (Path directory : layered) {
            line.addAll(List.of("--perms", "1777", "--size", Long.toString(LAYER_BYTES), "--tmpfs",
                    directory.toString()));
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path entry : entries.sorted().toList()) {
                    line.addAll(List.of("--ro-bind", entry.toString(), entry.toString()));
                }
            }
        }
        line.addAll(List.of("--chdir", confinement.workingDirectory().toString(), "--"));
        line.addAll(List.of("/usr/bin/prlimit", "--nproc=" + confinement.processes(),
                "--fsize=" + confinement.fileBytes(), "--core=0", "--"));
        if (asRoot) {
            line.addAll(List.of("/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                    "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--"));
        }
        line.addAll(command);
        return line;
    }

    @Override
    public boolean isolates() {
        return true;
    }

    @Override
    public String description() {
        return "bubblewrap " + version + " (mount, PID, network, IPC and UTS namespaces; "
                + (asRoot ? "a user id of its own" : "a user namespace") + ", no capabilities)";
    }

    /** A path to mount at its own place: read-only, or writable. */
    private record Mount(Path path, boolean writable) {
    }

    // Existing paths outside /usr, parents before children, so that a writable directory may sit inside a read-only
    // one; a path inside a directory already mounted the same way needs no mount of its own.
    private static List<Mount> mounts(Confinement confinement) {
        List<Mount> mounts = new ArrayList<>();
        for (Path path : SYSTEM_FILES) {
            mounts.add(new Mount(path, false));
        }
        confinement.readable().forEach(path -> mounts.add(new Mount(path, false)));
        confinement.writable().forEach(path -> mounts.add(new Mount(path, true)));
        List<Mount> kept = new ArrayList<>();
        for (Mount mount : mounts.stream().sorted(Comparator.comparingInt(m -> m.path().getNameCount())).toList()) {
            boolean covered = mount.path().startsWith("/usr") || kept.stream().anyMatch(other ->
                    mount.path().startsWith(other.path()) && other.writable() == mount.writable());
            if (!covered && Files.exists(mount.path(), LinkOption.NOFOLLOW_LINKS)) {
                kept.add(mount);
            }
        }
        return kept;
    }

    // The directories to create, readable by anyone, so that the mounts' places exist and can be traversed: every
    // ancestor of a place that no other place provides.
    private static List<Path> parents(List<Path> places) {
        Set<Path> parents = new LinkedHashSet<>();
        for (Path place : places) {
            for (Path parent = place.getParent(); parent != null && parent.getParent() != null;
                 parent = parent.getParent()) {
                Path ancestor = parent;
                if (!ancestor.equals(Path.of("/tmp"))
                        && places.stream().noneMatch(ancestor::startsWith)) {
                    parents.add(ancestor);
                }
            }
        }
        return parents.stream().sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                .toList();
    }

    // The grader runs as root and the sandbox as uid: the writable directories become the sandbox's, and others
    // may enter them (bubblewrap, which keeps no right to override permissions, changes into one), as the workspace
    // around them is the grader's alone.
    private static void giveTo(Path directory, int uid) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.toList()) {
                Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
