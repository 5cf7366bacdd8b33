#!/usr/bin/env bash
# Benchmark (not a unit test, it takes minutes per exercise): how many mutants of the reference solution's
# student-written code (its BEGIN/END SOLUTION regions) the exercise's hidden + public suites kill, run as the grader
# runs them: one OpenMP/BLAS thread, the properties' default seeds.
#
# Usage: grader/bench/mutation.sh [ID ...]      (all exercises of grader/hidden when none is given)
#   after ./mvnw -q install -DskipTests. THREADS (default 1) sets PIT's worker JVMs; MVN_ARGS is passed to Maven
#   (e.g. MVN_ARGS="-o -Dmaven.repo.local=..."). REPORT_ONLY=1 skips PIT and recounts the last report (after an
#   edit of equivalent-mutants.txt), keeping the row's run time, load and threads.
# PIT (pitest-maven, solutions/pom.xml's `mutation` profile) mutates the classes that hold a region with its default
# mutators and writes its HTML report to solutions/ID/target/pit-reports/; MutationSummary.java keeps the mutants on
# region lines, subtracts those listed in grader/bench/equivalent-mutants.txt and writes the exercise's row of the
# table in grader/bench/MUTATION.md. Every other surviving mutant is printed (and kept in survivors.txt beside the
# report): kill it with a hidden test or list it as equivalent with the reason.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$root/grader/bench"
threads="${THREADS:-1}"
table="$bench/MUTATION.md"
if [[ $# -eq 0 ]]; then
  set -- $(ls "$root/grader/hidden")
fi
if [[ ! -d "$root/grader/target/classes/org/dlcourse/grader/stubs" ]]; then
  echo "mutation.sh: grader not built; run ./mvnw -q install -DskipTests in $root first" >&2
  exit 4
fi
summary() {
  java -cp "$root/grader/target/classes" "$bench/MutationSummary.java" "$@"
}

# Replaces exercise $1's row of the table between the markers of MUTATION.md by $2, keeping the rows sorted.
update_table() {
  local rows
  rows="$(sed -n '/<!-- mutation-table -->/,/<!-- \/mutation-table -->/p' "$table" | grep "^| [0-9]" \
    | grep -v "^| $1 |" || true)"
  { sed '/<!-- mutation-table -->/q' "$table"
    echo "| Exercise | Mutants | Killed | Survived | No coverage | Timed out | Equivalent | Score |" \
      "Score over non-equivalent | Run time | Load (1 min) | PIT threads |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n%s\n' "$rows" "$2" | grep . | sort
    sed -n '/<!-- \/mutation-table -->/,$p' "$table"
  } > "$table.new"
  mv "$table.new" "$table"
}

export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
for id in "$@"; do
  reports="$root/solutions/$id/target/pit-reports"
  if [[ "${REPORT_ONLY:-0}" == 1 ]]; then
    # The run's own columns (run time, load, threads) stay as measured.
    measured="$(grep "^| $id |" "$table" | awk -F'|' '{ print "|" $11 "|" $12 "|" $13 "|" }')"
  else
    load="$(uptime | sed 's/.*load average: //' | cut -d, -f1)"
    start=$(date +%s)
    # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
    (cd "$root" && ./mvnw -B -q ${MVN_ARGS:-} -pl "solutions/$id" -Pmutation test-compile \
      org.pitest:pitest-maven:mutationCoverage -Dmutation.threads="$threads" \
      -DtargetClasses="$(summary classes "$root" "$id")")
    seconds=$(( $(date +%s) - start ))
    measured="| $((seconds / 60)) min $((seconds % 60)) s | $load | $threads |"
  fi
  result="$(summary summary "$root" "$id" "$reports/mutations.xml" "$bench/equivalent-mutants.txt")"
  grep '^SURVIVOR' <<<"$result" > "$reports/survivors.txt" || true
  row="$(grep '^|' <<<"$result" | sed "s/ |\$/ ${measured}/")"
  echo "$row"
  cat "$reports/survivors.txt"
  update_table "$id" "$row"
done
