#!/usr/bin/env bash
# Builds the zip an instructor uploads as a Gradescope programming assignment's autograder:
#   ./mvnw -q package -DskipTests && grader/ci/gradescope/make-autograder-zip.sh OUT.zip [OPTIONS...]
# OPTIONS are those of `grader gradescope` for this assignment, e.g. -e 01-softmax --seed 20261 or
# --gradescope-hidden-visibility hidden; they are checked here with the grader just built, then written to
# grader-options in the zip, which run_autograder passes on. The zip holds, at its root (where Gradescope looks):
# setup.sh, run_autograder, grader-options, the grader bundle (make-grader-bundle.sh: grader, compiled public and
# hidden tests, stubs; no solution) and the SHA-256 of Fashion-MNIST's content that setup.sh checks the download
# against. Needs zip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:?usage: make-autograder-zip.sh OUT.zip [grader gradescope OPTIONS...]}"
shift
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The options, tried on an empty upload: a usage error (exit 2) stops here, an empty upload is exit 3.
mkdir -p "$stage/check/submission"
set +e
"$root/grader/bin/grader" gradescope --autograder-root "$stage/check" "$@" >/dev/null 2>"$stage/check.err"
code=$?
set -e
if [[ $code -ne 3 ]]; then
  echo "make-autograder-zip: the options do not work with this grader (exit code $code):" >&2
  cat "$stage/check.err" >&2
  exit 2
fi
rm -rf "$stage/check" "$stage/check.err"

mkdir "$stage/zip"
"$root/grader/ci/make-grader-bundle.sh" "$stage/zip/dlcourse-grader-bundle.tar.gz" >/dev/null
cp "$here/setup.sh" "$here/run_autograder" "$stage/zip/"
chmod +x "$stage/zip/setup.sh" "$stage/zip/run_autograder"
cp "$root/kit/src/main/resources/org/dlcourse/kit/data/fashion-mnist-content.sha256" "$stage/zip/"
{
  echo "# grader gradescope options for this assignment, one per line (written by make-autograder-zip.sh)"
  if [[ $# -gt 0 ]]; then printf '%s\n' "$@"; fi
} > "$stage/zip/grader-options"
rm -f "$out"
(cd "$stage/zip" && zip -q -X -r "$out" .)
echo "make-autograder-zip: $out (options: ${*:-none})"
