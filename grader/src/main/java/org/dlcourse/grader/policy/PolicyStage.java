package org.dlcourse.grader.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.dlcourse.kit.bytecode.ReferenceKind;
import org.dlcourse.kit.bytecode.TypeHierarchy;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Checks the compiled student classes before anything runs: the exercise's forbidden calls (reported first, with
 * the exercise's reason), then the base rules' explicit denials (both covering inherited and overridden members),
 * then the {@link DeclarationRules} (finalizers, ND4J supertypes), then the allowlist (every reference to something
 * that is not a student class must be allowed), then the {@link NamespaceRules}. Any violation stops the exercise
 * with every violation located in the student's sources: file, line, class and method, rule and reason. What javac
 * writes on its own (bridges, the deserialization hook of serializable lambdas) is not checked: see
 * {@link CallScanner}.
 */
public final class PolicyStage implements Stage {

    private final List<CallRule> baseRules;
    private final List<CallRule> allowed;

    /**
     * A stage enforcing {@code baseRules} (normally {@link BaseDenylist#rules()}) and the {@code allowed} APIs
     * (normally {@link CourseAllowlist#rules()}; empty for no allowlist) on every exercise.
     */
    public PolicyStage(List<CallRule> baseRules, List<CallRule> allowed) {
        this.baseRules = List.copyOf(baseRules);
        this.allowed = List.copyOf(allowed);
    }

    /** A stage enforcing {@code baseRules} only, without an allowlist. */
    public PolicyStage(List<CallRule> baseRules) {
        this(baseRules, List.of());
    }

    @Override
    public void run(ExerciseRun run) throws IOException {
        NamespaceRules namespaces = new NamespaceRules(run.exercise().packages(), courseClasses(run.bundle()));
        SortedMap<String, byte[]> classes = ClassFiles.readAll(run.classes());
        List<PolicyViolation> violations = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            String className = entry.getKey();
            namespaces.check(className).ifPresent(reason -> violations.add(new PolicyViolation("namespace",
                    sourcePath(run.sourceRootLabel(), className, entry.getValue()), className, reason)));
        }
        violations.addAll(check(classes, run.exercise().forbiddenCalls(), baseRules, allowed,
                run.sourceRootLabel()));
        if (!violations.isEmpty()) {
            run.violations(violations);
            PolicyViolation first = violations.get(0);
            run.stop(ExerciseStatus.POLICY_VIOLATION, first.used() + " is forbidden at " + first.location()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
    }

    /**
     * The call violations of {@code classes} (binary name to class file): references matching a rule of
     * {@code forbidden} (the exercise's) or {@code denied} (the base rules), directly or through what the owner
     * inherits (supertypes are read from {@code classes}, then from the grader's class path: the JDK and ND4J), then
     * forbidden declarations (unless both {@code denied} and {@code allowed} are empty), then references to anything
     * that is neither one of {@code classes} nor matched by {@code allowed} (skipped when {@code allowed} is empty).
     *
     * @param sourceRoot the sources' root as the student knows it, e.g. {@code 01-softmax/src/main/java}
     */
    public static List<PolicyViolation> check(SortedMap<String, byte[]> classes, List<CallRule> forbidden,
                                              List<CallRule> denied, List<CallRule> allowed, String sourceRoot) {
        List<CallRule> rules = new ArrayList<>(forbidden);
        rules.addAll(denied);
        CallPolicy policy = CallPolicy.of(rules);
        TypeHierarchy hierarchy = TypeHierarchy.of(classes, PolicyStage.class.getClassLoader());
        List<PolicyViolation> violations = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            String sourcePath = sourcePath(sourceRoot, entry.getKey(), entry.getValue());
            List<CodeReference> references = CallScanner.scan(entry.getValue());
            List<CallViolation> found = policy.check(references, hierarchy);
            for (CallViolation violation : found) {
                violations.add(describe(violation, sourcePath));
            }
            // The declarations go with the policy: a policy of forbidden calls alone (no base rules, no allowlist,
            // the tests' way to let hostile code run) lets a finalizer be declared too.
            if (!denied.isEmpty() || !allowed.isEmpty()) {
                violations.addAll(DeclarationRules.check(entry.getKey(), entry.getValue(), sourcePath));
            }
            if (allowed.isEmpty()) {
                continue;
            }
            Set<CodeReference> reported = new HashSet<>();
            found.forEach(violation -> reported.add(violation.reference()));
            Set<String> outside = new HashSet<>();
            for (CodeReference reference : references) {
                if (!reported.contains(reference) && !isAllowed(reference, classes, allowed)
                        && outside.add(reference.target() + "@" + reference.line())) {
                    violations.add(new PolicyViolation(CourseAllowlist.RULE, where(reference, sourcePath),
                            reference.target(), CourseAllowlist.REASON));
                }
            }
        }
        return violations;
    }

    // A reference is allowed if it is to a student class, a primitive array, or an allowed API; an array type counts
    // as its element type, and a type may be named where one of its members is allowed.
    private static boolean isAllowed(CodeReference reference, SortedMap<String, byte[]> classes,
                                     List<CallRule> allowed) {
        String owner = reference.owner();
        while (owner.endsWith("[]")) {
            owner = owner.substring(0, owner.length() - 2);
        }
        if (classes.containsKey(owner) || !owner.contains(".")) {
            return true;
        }
        CodeReference element = reference.withOwner(owner);
        if (element.kind() == ReferenceKind.TYPE) {
            return allowed.stream().anyMatch(rule -> rule.coversType(element.owner()));
        }
        return allowed.stream().anyMatch(rule -> rule.matches(element));
    }

    /** Where {@code reference} is, for the student: {@code 01-softmax/src/main/java/org/x/A.java:12 (A.run)}. */
    static String where(CodeReference reference, String sourcePath) {
        return sourcePath + (reference.line() >= 0 ? ":" + reference.line() : "") + " ("
                + simpleName(reference.callerClass()) + "." + reference.callerMethod() + ")";
    }

    private static PolicyViolation describe(CallViolation violation, String sourcePath) {
        CodeReference reference = violation.reference();
        return new PolicyViolation(violation.rule().call(), where(reference, sourcePath), reference.target(),
                violation.rule().reason());
    }

    // The source file as the student knows it, from the class file's SourceFile attribute (javac -g writes it).
    private static String sourcePath(String sourceRoot, String className, byte[] classFile) {
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
        return sourceRoot + "/" + directory + file;
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
