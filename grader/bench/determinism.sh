#!/usr/bin/env bash
# Check (not a unit test, it takes minutes): grading the same submission with the same seed RUNS times gives
# byte-identical JSON reports apart from the `timings` object, which is the last member of the document.
#
# Usage: grader/bench/determinism.sh [RUNS] [SUBMISSION] [SEED]
#   RUNS defaults to 10 (issue 8's number), SUBMISSION to solutions/, SEED to 42; after ./mvnw -q package -DskipTests.
# Prints one digest per run and exits 1 if any report differs from the first (the diff is shown).
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
submission="${2:-$root/solutions}"
seed="${3:-42}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for run in $(seq 1 "$runs"); do
  "$root/grader/bin/grader" grade "$submission" --seed "$seed" --format json --output "$scratch/report-$run.json" \
    > /dev/null
  # Everything from the "timings" member on: the only part that may differ between runs.
  sed '/^  "timings" : {/,$d' "$scratch/report-$run.json" > "$scratch/results-$run.json"
  echo "run $run: $(sha256sum < "$scratch/results-$run.json" | cut -d' ' -f1)"
done
status=0
for run in $(seq 2 "$runs"); do
  if ! cmp -s "$scratch/results-1.json" "$scratch/results-$run.json"; then
    echo "run $run differs from run 1:"
    diff "$scratch/results-1.json" "$scratch/results-$run.json" | head -40 || true
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "all $runs reports identical apart from timings"
exit $status
