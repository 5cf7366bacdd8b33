package org.dlcourse.grader.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.pipeline.ExerciseRun;
import org.dlcourse.grader.pipeline.Stage;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.dlcourse.kit.bytecode.CallPolicy;
import org.dlcourse.kit.bytecode.CallRule;
import org.dlcourse.kit.bytecode.CallScanner;
import org.dlcourse.kit.bytecode.CallViolation;
import org.dlcourse.kit.bytecode.ClassFiles;
import org.dlcourse.kit.bytecode.CodeReference;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Checks the compiled student classes before anything runs: the exercise's forbidden calls (reported first, with
 * the exercise's reason), then the base rules, then the {@link NamespaceRules}. Any violation stops the exercise
 * with every violation located in the student's sources.
 */
public final class PolicyStage implements Stage {

    private final List<CallRule> baseRules;

    /** A stage enforcing {@code baseRules} on every exercise, normally {@link BaseDenylist#rules()}. */
    public PolicyStage(List<CallRule> baseRules) {
        this.baseRules = List.copyOf(baseRules);
    }

    @Override
    public void run(ExerciseRun run) throws IOException {
        List<CallRule> rules = new ArrayList<>(run.exercise().forbiddenCalls());
        rules.addAll(baseRules);
        CallPolicy policy = CallPolicy.of(rules);
        NamespaceRules namespaces = new NamespaceRules(run.exercise().packages(), courseClasses(run.bundle()));
        SortedMap<String, byte[]> classes = ClassFiles.readAll(run.classes());
        List<PolicyViolation> violations = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            String className = entry.getKey();
            String sourcePath = sourcePath(run, className, entry.getValue());
            Optional<String> misplaced = namespaces.check(className);
            misplaced.ifPresent(reason -> violations.add(new PolicyViolation("namespace", sourcePath, className,
                    reason)));
            for (CallViolation violation : policy.check(CallScanner.scan(entry.getValue()))) {
                violations.add(describe(violation, sourcePath));
            }
        }
        if (!violations.isEmpty()) {
            run.violations(violations);
            PolicyViolation first = violations.get(0);
            run.stop(ExerciseStatus.POLICY_VIOLATION, first.used() + " is forbidden at " + first.location()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
    }

    private static PolicyViolation describe(CallViolation violation, String sourcePath) {
        CodeReference reference = violation.reference();
        String where = sourcePath + (reference.line() >= 0 ? ":" + reference.line() : "") + " ("
                + simpleName(reference.callerClass()) + "." + reference.callerMethod() + ")";
        return new PolicyViolation(violation.rule().call(), where, reference.target(), violation.rule().reason());
    }

    // The source file as the student knows it, from the class file's SourceFile attribute (javac -g writes it).
    private static String sourcePath(ExerciseRun run, String className, byte[] classFile) {
        String[] sourceFile = {null};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitSource(String source, String debug) {
                sourceFile[0] = source;
            }
        }, ClassReader.SKIP_CODE);
        int dot = className.lastIndexOf('.');
        String directory = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        String file = sourceFile[0] != null ? sourceFile[0] : simpleName(className).split("\\$")[0] + ".java";
        return run.sourceRootLabel() + "/" + directory + file;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    // The binary names of the exercise's test classes, which no student class may take.
    private static Set<String> courseClasses(ExerciseBundle bundle) throws IOException {
        Set<String> names = new HashSet<>();
        for (Suite suite : Suite.values()) {
            Path tests = bundle.tests(suite);
            if (Files.isDirectory(tests)) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.map(file -> tests.relativize(file).toString().replace('\\', '/'))
                            .filter(name -> name.endsWith(".class"))
                            .forEach(name -> names.add(binaryName(name)));
                }
            } else {
                try (ZipFile jar = new ZipFile(tests.toFile())) {
                    jar.stream().map(ZipEntry::getName)
                            .filter(name -> name.endsWith(".class"))
                            .forEach(name -> names.add(binaryName(name)));
                }
            }
        }
        return names;
    }

    private static String binaryName(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
    }
}
