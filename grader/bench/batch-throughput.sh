#!/usr/bin/env bash
# Benchmark (not a test): throughput of `grader batch` on a synthetic class, in submissions per minute, for each
# --jobs value, and for the class split into shards graded by concurrent processes (as CI matrix jobs or the pods
# of a Kubernetes indexed Job would, here on one machine) and merged.
#
# Usage: grader/bench/batch-throughput.sh [STUDENTS] [EXERCISE ...]   (after ./mvnw -q package -DskipTests)
#   STUDENTS   class size (default 50)
#   EXERCISE   exercises each submission holds (default: every exercise of the course bundle = a full course)
# Env: JOBS="1 2" (the --jobs values), SHARDS=2 (0 skips the shard run), KEEP=DIR keeps the merged gradebook
# (or the last --jobs run's) and its `grader stats` in DIR.
# The class: student k is the reference solution of every exercise, except that every second student carries one
# buggy variant of the mutant corpus (grader/src/test/resources/mutants), the variants taken in turn, so about half
# the class loses points somewhere. Each submission's sources differ, as a real class's do.
set -euo pipefail

students="${1:-50}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
grader="$root/grader/bin/grader"
if [[ $# -gt 0 ]]; then
  exercises=("$@")
else
  mapfile -t exercises < <(ls "$root/grader/target/course/exercises")
fi
jobs_list="${JOBS:-1 2}"
shards="${SHARDS:-2}"
only=()
for id in "${exercises[@]}"; do only+=(-e "$id"); done
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

now() { date +%s.%N; }
rate() { echo "scale=2; $students * 60 / ($2 - $1)" | bc; }

# The mutants of the chosen exercises, in a fixed order.
variants=()
for id in "${exercises[@]}"; do
  for variant in "$root/grader/src/test/resources/mutants/$id"/*/; do
    [[ -f "$variant/variant.patch" ]] && variants+=("$id:$variant")
  done
done

class="$scratch/class"
buggy=0
for ((k = 1; k <= students; k++)); do
  submission="$class/$(printf 'student-%03d' "$k")"
  for id in "${exercises[@]}"; do
    mkdir -p "$submission/$id/src/main"
    cp -r "$root/solutions/$id/src/main/java" "$submission/$id/src/main/java"
  done
  if (( k % 2 == 0 && ${#variants[@]} > 0 )); then
    pick="${variants[$(( (k / 2 - 1) % ${#variants[@]} ))]}"
    id="${pick%%:*}"
    patch -s -p1 -d "$submission/$id/src/main/java" < "${pick#*:}variant.patch"
    buggy=$((buggy + 1))
  fi
  # A comment with the student's id makes every submission's content hash distinct.
  first="$(find "$submission" -name '*.java' | sort | sed -n 1p)"  # sed, not head: no SIGPIPE under pipefail
  printf '\n// %s\n' "$(basename "$submission")" >> "$first"
done

echo "class: $students submissions of ${exercises[*]} ($buggy with a buggy variant); $(nproc) cores"
printf '%-28s %10s %18s\n' "run" "wall (s)" "submissions/min"
for jobs in $jobs_list; do
  start="$(now)"
  "$grader" batch "$class" "${only[@]}" --jobs "$jobs" --progress plain --out "$scratch/jobs-$jobs" > "$scratch/jobs-$jobs.log"
  end="$(now)"
  printf '%-28s %10.1f %18s\n' "batch --jobs $jobs" "$(echo "$end - $start" | bc)" "$(rate "$start" "$end")"
  tail -1 "$scratch/jobs-$jobs.log" | sed 's/^/    /'
done
if (( shards > 0 )); then
  start="$(now)"
  pids=()
  for ((i = 1; i <= shards; i++)); do
    "$grader" batch "$class" "${only[@]}" --jobs 1 --shard "$i/$shards" --progress plain --out "$scratch/shard-$i" \
      > "$scratch/shard-$i.log" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  "$grader" merge --into "$scratch/merged.db" "$scratch"/shard-*/gradebook.db > "$scratch/merge.log"
  end="$(now)"
  printf '%-28s %10.1f %18s\n' "$shards shards x --jobs 1 + merge" "$(echo "$end - $start" | bc)" \
    "$(rate "$start" "$end")"
  tail -1 "$scratch/merge.log" | sed 's/^/    /'
fi
# The same class must get the same scores whatever the parallelism: compare the exports.
reference=""
for gradebook in "$scratch"/jobs-*/gradebook.db "$scratch/merged.db"; do
  [[ -f "$gradebook" ]] || continue
  scores="$("$grader" export --csv --gradebook "$gradebook" | cut -d, -f1-$(( ${#exercises[@]} + 3 )))"
  if [[ -z "$reference" ]]; then
    reference="$scores"
  elif [[ "$scores" != "$reference" ]]; then
    echo "scores differ between runs: $gradebook" >&2
    exit 1
  fi
done
echo "scores identical across runs; $(echo "$reference" | tail -n +2 | awk -F, -v n=$(( ${#exercises[@]} + 2 )) \
  '$(n) == $(n+1) { full++ } END { print full+0 " of " NR " with full marks" }')"
if [[ -n "${KEEP:-}" ]]; then
  mkdir -p "$KEEP"
  kept="$scratch/merged.db"
  [[ -f "$kept" ]] || kept="$(ls "$scratch"/jobs-*/gradebook.db | tail -1)"
  cp "$kept" "$KEEP/gradebook.db"
  "$grader" stats --gradebook "$KEEP/gradebook.db" --out "$KEEP/stats"
fi
