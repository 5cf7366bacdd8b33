#!/usr/bin/env bash
# Benchmark (not a test): wall time to grade the full solutions/ submission with the grader, cold (a fresh grader
# JVM), against running the same tests (public + hidden, on the solutions) with `./mvnw -o -q test` on a copied
# tree (no target/ directories, so Maven compiles the kit, the solutions and the tests first, as it would for a
# fresh clone), and again on the same tree (warm: everything compiled).
#
# Usage: grader/bench/grade-vs-maven.sh [ROUNDS]   (default 3; after ./mvnw -q package -DskipTests, Maven repo warm)
# Each round measures all three; the minimum over rounds is the least disturbed by other load on the machine.
set -euo pipefail

rounds="${1:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
grader="$root/grader/bin/grader"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
minimum() { printf '%s\n' "$@" | sort -g | sed -n 1p; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# The exercises of the grader's course bundle, so that both sides run the same tests: each solution module runs its
# exercise's public tests, each hidden module the hidden tests against the solution. The kit's own tests are left out.
modules="$(for id in $(ls "$root/grader/target/course/exercises"); do printf 'solutions/%s,grader/hidden/%s,' "$id" "$id"; done)"
maven() {
  (cd "$1" && ./mvnw -o -q test -pl "${modules%,}" -am '-Dtest=%regex[org/dlcourse/(?!kit/).*]' \
      -Dsurefire.failIfNoSpecifiedTests=false -Dexec.skip > "$scratch/maven.out" 2>&1) \
    || { echo "mvnw failed:" >&2; tail -20 "$scratch/maven.out" >&2; exit 1; }
}

load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
graded=() cold=() warm=()
for round in $(seq "$rounds"); do
  start=$(now)
  "$grader" grade "$root/solutions" --format json --output "$scratch/report.json" > /dev/null
  graded+=("$(since "$start")")

  tree="$scratch/tree-$round"
  mkdir "$tree"
  tar -C "$root" --exclude=.git --exclude=target -cf - . | tar -C "$tree" -xf -
  start=$(now)
  maven "$tree"
  cold+=("$(since "$start")")
  start=$(now)
  maven "$tree"
  warm+=("$(since "$start")")
  tests=$(cat "$tree"/solutions/*/target/surefire-reports/*.xml "$tree"/grader/hidden/*/target/surefire-reports/*.xml \
      | grep -c '<testcase' || true)
  rm -rf "$tree"
done

score=$(sed -n 's/^  "score" : \([0-9]*\),$/\1/p' "$scratch/report.json" | sed -n 1p)
max=$(sed -n 's/^  "max_score" : \([0-9]*\),$/\1/p' "$scratch/report.json" | sed -n 1p)
g=$(minimum "${graded[@]}") c=$(minimum "${cold[@]}") w=$(minimum "${warm[@]}")
printf 'rounds: %s; load average at the start: %s\n' "$rounds" "$load"
printf 'grader grade solutions, cold JVM:         min %5.1f s  median %5.1f s  (score %s/%s)\n' \
    "$g" "$(median "${graded[@]}")" "$score" "$max"
printf 'mvnw -o -q test, fresh copied tree:       min %5.1f s  median %5.1f s  (%s test methods)\n' \
    "$c" "$(median "${cold[@]}")" "$tests"
printf 'mvnw -o -q test, same tree again (warm):  min %5.1f s  median %5.1f s\n' "$w" "$(median "${warm[@]}")"
printf 'speed-up of the grader (min/min): %.1fx over the fresh tree, %.1fx over the warm tree\n' \
    "$(echo "$c / $g" | bc -l)" "$(echo "$w / $g" | bc -l)"
