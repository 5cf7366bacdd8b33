package org.dlcourse.grader.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlcourse.grader.GraderException;

/**
 * Builds the student handout from the course repository.
 *
 * <p>What ships, and nothing else: {@code kit/}, {@code exercises/pom.xml} and each module it lists (its POM and
 * {@code src/}: the stubs and public tests), {@code lectures/} (notes, figures, demos, their CC BY 4.0 licence), the
 * Maven wrapper, the course's licence ({@code LICENSE}, Apache-2.0 for code), a root POM derived from the course's
 * (same versions and plugins; modules kit, exercises, lectures) and a student README.
 * Build outputs ({@code target/}) never ship. The release is audited before it is returned.
 */
public final class HandoutRelease {

    private static final Pattern MODULES = Pattern.compile("<modules>.*?</modules>", Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private HandoutRelease() {
    }

    /** Where the GitHub Classroom workflow template lives in the course, and where it goes in the handout. */
    static final String WORKFLOW = "grader/ci/github/autograding.yml";
    static final String HANDOUT_WORKFLOW = ".github/workflows/autograding.yml";

    /**
     * Writes the handout of the course in {@code repository} to {@code out}, which must not exist or be empty.
     *
     * @param githubClassroom also add the GitHub Classroom autograding workflow ({@code grader/ci/github})
     * @return the audit's verdict on the written handout (empty: clean)
     * @throws GraderException if {@code out} is not empty, or the release contains instructor-only material
     */
    public static List<String> release(Path repository, Path out, boolean githubClassroom) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new GraderException("the release directory " + out + " is not empty");
                }
            }
        }
        Files.createDirectories(out);
        copyTree(repository.resolve("kit"), out.resolve("kit"));
        Path exercises = repository.resolve("exercises/pom.xml");
        Files.createDirectories(out.resolve("exercises"));
        Files.copy(exercises, out.resolve("exercises/pom.xml"));
        List<String> modules = modules(Files.readString(exercises, StandardCharsets.UTF_8));
        for (String module : modules) {
            copyTree(repository.resolve("exercises").resolve(module), out.resolve("exercises").resolve(module));
        }
        copyTree(repository.resolve("lectures"), out.resolve("lectures"));
        copyTree(repository.resolve(".mvn/wrapper"), out.resolve(".mvn/wrapper"));
        for (String script : List.of("mvnw", "mvnw.cmd", ".gitignore", "LICENSE")) {
            Files.copy(repository.resolve(script), out.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.writeString(out.resolve("pom.xml"), studentPom(Files.readString(repository.resolve("pom.xml"),
                StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("README.md"), studentReadme(modules), StandardCharsets.UTF_8);
        if (githubClassroom) {
            Files.createDirectories(out.resolve(HANDOUT_WORKFLOW).getParent());
            Files.copy(repository.resolve(WORKFLOW), out.resolve(HANDOUT_WORKFLOW));
        }
        List<String> findings = ReleaseAudit.findings(out, repository);
        if (!findings.isEmpty()) {
            throw new GraderException("the release in " + out + " contains instructor-only material: "
                    + String.join("; ", findings));
        }
        return findings;
    }

    /** The modules an aggregator POM lists, in order. */
    static List<String> modules(String pom) {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(pom);
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    /** The course's root POM with the student's modules: kit, exercises and lectures. */
    static String studentPom(String coursePom) {
        Matcher matcher = MODULES.matcher(coursePom);
        if (!matcher.find()) {
            throw new GraderException("the course POM has no <modules> section");
        }
        return matcher.replaceFirst(Matcher.quoteReplacement("""
                <modules>
                    <module>kit</module>
                    <module>exercises</module>
                    <module>lectures</module>
                  </modules>"""));
    }

    private static String studentReadme(List<String> modules) throws IOException {
        String template;
        try (InputStream in = HandoutRelease.class.getResourceAsStream("STUDENT-README.md")) {
            if (in == null) {
                throw new IllegalStateException("STUDENT-README.md is missing from the grader's resources");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder list = new StringBuilder();
        for (String module : modules) {
            list.append("- `exercises/").append(module).append("`: lecture note `lectures/").append(module)
                    .append(".md`\n");
        }
        return template.replace("{{EXERCISES}}", list.toString().stripTrailing());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new GraderException("the course has no " + from);
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (isBuildOutput(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }
}
