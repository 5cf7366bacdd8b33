package org.dlcourse.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.cli.GraderCommand;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * The CI templates in {@code grader/ci} parse as YAML (SnakeYAML, safe loader), have the structure their platform
 * requires, use no secret, and every grader command line in them names a real subcommand; the class commands'
 * lines also parse with the grader's own option definitions.
 */
class CiTemplatesTests {

    /** Subcommands whose command lines are parsed in full; {@code grade}'s report formats come with the hardening. */
    private static final Set<String> PARSED = Set.of("batch", "merge", "export", "stats");

    private static final Pattern INVOCATION = Pattern.compile("bin/grader\"?\\s+([a-z]+)((?:[^&;\\n]|&(?!&))*)");

    private static Path ci() {
        return Fixtures.repository().resolve("grader/ci");
    }

    private static Object load(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    private static List<Object> loadAll(Path file) throws IOException {
        List<Object> documents = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file)).forEach(documents::add);
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String key) {
        assertThat(node).as("mapping holding %s", key).isInstanceOf(Map.class);
        Object value = ((Map<Object, Object>) node).get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> node, String key) {
        assertThat(node.get(key)).as(key).isInstanceOf(List.class);
        return (List<Object>) node.get(key);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGithubClassroomWorkflowGradesOncePostsFeedbackUploadsJunitAndReportsPoints() throws IOException {
        Path file = ci().resolve("github/autograding.yml");
        Map<Object, Object> workflow = (Map<Object, Object>) load(file);
        // YAML 1.1 reads the key `on` as true; GitHub reads it as "on".
        Object triggers = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
        assertThat((Map<String, Object>) triggers).containsKeys("push", "workflow_dispatch");
        Map<String, Object> job = map(map(workflow, "jobs"), "grade");
        assertThat(job).containsEntry("runs-on", "ubuntu-latest").containsKey("timeout-minutes");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) (List<?>) list(job, "steps");
        for (Map<String, Object> step : steps) {
            assertThat(step.containsKey("uses") ^ step.containsKey("run")).as("%s: uses or run", step).isTrue();
            if (step.containsKey("uses")) {
                assertThat((String) step.get("uses")).as("actions are pinned to a major version").matches(".+@v\\d+");
            }
        }
        Map<String, Object> grade = steps.stream().filter(step -> "dlcourse".equals(step.get("id"))).findFirst()
                .orElseThrow();
        assertThat((String) grade.get("run")).contains("grader\" grade exercises \"${exercises[@]}\"",
                "--format json,junit,markdown", "jq -r '.exercises[]' handout.json", "--output-dir grading", "result=",
                "GITHUB_OUTPUT");
        assertThat(steps).anySatisfy(step -> assertThat((String) step.get("run")).isNotNull()
                .contains("grading/feedback.md", "$GITHUB_STEP_SUMMARY"));
        assertThat(steps).anySatisfy(step -> {
            assertThat((String) step.get("uses")).isNotNull().startsWith("actions/upload-artifact@");
            assertThat((String) ((Map<String, Object>) step.get("with")).get("path")).contains("TEST-dlcourse.xml");
        });
        assertThat(steps).anySatisfy(step -> {
            assertThat((String) step.get("uses")).isNotNull()
                    .startsWith("classroom-resources/autograding-grading-reporter@");
            assertThat((Map<String, Object>) step.get("with")).containsEntry("runners", "dlcourse");
            assertThat((Map<String, Object>) step.get("env"))
                    .containsEntry("DLCOURSE_RESULTS", "${{ steps.dlcourse.outputs.result }}");
        });
        assertThat(Files.readString(file)).doesNotContain("secrets.").contains("sha256sum -c");
        checkInvocations(file);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitlabJobGradesShardsInParallelMergesThemAndPublishesAJunitReport() throws IOException {
        Path file = ci().resolve("gitlab/grade-class.gitlab-ci.yml");
        Map<Object, Object> pipeline = (Map<Object, Object>) load(file);
        assertThat((List<Object>) pipeline.get("stages")).containsExactly("grade", "merge");
        Map<String, Object> shard = map(pipeline, "grade-shard");
        assertThat(shard).containsEntry("stage", "grade");
        assertThat(shard.get("parallel")).isInstanceOf(Integer.class);
        assertThat((Integer) shard.get("parallel")).isGreaterThan(1);
        // The anchor resolved: the bundle is fetched and checked before the script.
        assertThat(String.join("\n", (List<String>) (List<?>) list(shard, "before_script"))).contains("sha256sum -c");
        assertThat(String.join("\n", (List<String>) (List<?>) list(shard, "script")))
                .contains("--shard \"${CI_NODE_INDEX}/${CI_NODE_TOTAL}\"", "export --junit");
        Map<String, Object> artifacts = map(pipeline.get("grade-shard"), "artifacts");
        assertThat(map(artifacts, "reports")).containsEntry("junit", "grades/shard-*/TEST-class.xml");
        Map<String, Object> merge = map(pipeline, "merge-gradebooks");
        assertThat((List<Object>) merge.get("needs")).containsExactly("grade-shard");
        assertThat(String.join("\n", (List<String>) (List<?>) list(merge, "script")))
                .contains("grader merge", "export --csv", "grader stats");
        assertThat(Files.readString(file)).doesNotContain("CI_JOB_TOKEN", "secrets:");
        checkInvocations(file);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesIndexedJobGivesEachPodItsShardAndTheMergeJobCombinesThem() throws IOException {
        Path gradeFile = ci().resolve("kubernetes/grade-class-job.yaml");
        List<Object> documents = loadAll(gradeFile);
        assertThat(documents).hasSize(1);
        Map<String, Object> job = (Map<String, Object>) documents.get(0);
        assertThat(job).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "Job");
        Map<String, Object> spec = map(job, "spec");
        assertThat(spec).containsEntry("completionMode", "Indexed");
        assertThat(spec.get("completions")).isEqualTo(spec.get("parallelism"));
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        assertThat(pod).containsEntry("restartPolicy", "Never");
        List<Map<String, Object>> containers = (List<Map<String, Object>>) (List<?>) list(pod, "containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> container = containers.get(0);
        List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
        assertThat(env).anySatisfy(variable -> assertThat(variable).containsEntry("name", "SHARDS")
                .containsEntry("value", String.valueOf(spec.get("completions"))));
        String command = String.join(" ", (List<String>) container.get("args"));
        assertThat(command).contains("--shard \"$((JOB_COMPLETION_INDEX + 1))/$SHARDS\"", "--jobs 2");
        Map<String, Object> requests = map(container.get("resources"), "requests");
        assertThat(requests).containsEntry("cpu", "2");
        checkInvocations(gradeFile);

        Path mergeFile = ci().resolve("kubernetes/merge-class-job.yaml");
        Map<String, Object> mergeJob = (Map<String, Object>) load(mergeFile);
        assertThat(mergeJob).containsEntry("kind", "Job");
        assertThat(Files.readString(mergeFile)).contains("claimName: dlcourse-class", "grader merge --into");
        assertThat(Files.readString(gradeFile)).contains("claimName: dlcourse-class");
        checkInvocations(mergeFile);
    }

    /**
     * Every {@code bin/grader SUBCOMMAND ...} in the strings of {@code file}'s parsed documents (folded blocks are
     * one line there) names a subcommand; the class commands' lines parse.
     */
    private static void checkInvocations(Path file) throws IOException {
        List<String> strings = new ArrayList<>();
        for (Object document : loadAll(file)) {
            collectStrings(document, strings);
        }
        CommandLine grader = GraderCommand.commandLine();
        int found = 0;
        for (String text : strings) {
            Matcher matcher = INVOCATION.matcher(text.replace("\\\n", " "));
            while (matcher.find()) {
                found++;
                String subcommand = matcher.group(1);
                assertThat(grader.getSubcommands()).as("%s: grader %s", file.getFileName(), subcommand)
                        .containsKey(subcommand);
                if (PARSED.contains(subcommand)) {
                    List<String> args = new ArrayList<>(List.of(subcommand));
                    args.addAll(shellWords(matcher.group(2)));
                    CommandLine fresh = GraderCommand.commandLine();
                    fresh.setErr(new PrintWriter(new StringWriter()));
                    assertThat(parses(fresh, args)).as("%s: %s", file.getFileName(), args).isTrue();
                }
            }
        }
        assertThat(found).as("grader invocations in %s", file.getFileName()).isPositive();
    }

    private static void collectStrings(Object node, List<String> strings) {
        if (node instanceof String text) {
            strings.add(text);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectStrings(value, strings));
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collectStrings(item, strings));
        }
    }

    private static boolean parses(CommandLine command, List<String> args) {
        try {
            command.parseArgs(args.toArray(String[]::new));
            return true;
        } catch (CommandLine.ParameterException wrong) {
            throw new AssertionError(wrong.getMessage(), wrong);
        }
    }

    /**
     * The words of a shell command line, with conditional expansions ({@code ${X:+...}}) dropped and every other
     * expansion ({@code $((...))}, {@code $(...)}, {@code ${X}}, {@code $X}) standing for {@code 1}.
     */
    static List<String> shellWords(String line) {
        String expanded = line.replaceAll("\\$\\{[A-Za-z_]+:\\+[^}]*}", "")
                .replaceAll("\\$\\(\\([^)]*\\)\\)", "1")
                .replaceAll("\\$\\([^)]*\\)", "1")
                .replaceAll("\\$\\{[A-Za-z_]+}", "1")
                .replaceAll("\\$[A-Za-z_]+", "1");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : expanded.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
