#!/usr/bin/env bash
# Packs the built grader and its course bundle into one relocatable tarball for CI runners and Kubernetes images:
#   ./mvnw -q package -DskipTests && grader/ci/make-grader-bundle.sh dlcourse-grader-bundle.tar.gz
# Contents: dlcourse-grader/{dlcourse-grader.jar, lib/*.jar (the course runtime classpath), bin/grader,
# course/course.properties, course/exercises/<id>/{stubs,public-tests,hidden-tests}.jar and the stubs' sources
# course/exercises/<id>/src/main/java (base code for `grader similarity`)}. Compiled tests and stubs only: no solution
# source or class is on the grader's classpath, so none is in the bundle.
# Prints the bundle's SHA-256, which the CI templates check before unpacking.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: make-grader-bundle.sh OUT.tar.gz}"
target="$root/grader/target"
if [[ ! -f "$target/dlcourse-grader.jar" || ! -f "$target/course/runtime.classpath" ]]; then
  echo "make-grader-bundle: build the grader first: ./mvnw -q package -DskipTests" >&2
  exit 4
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
bundle="$stage/dlcourse-grader"
mkdir -p "$bundle/lib" "$bundle/bin"
IFS=":" read -r -a entries < "$target/course/runtime.classpath" || true  # no final newline
mkdir -p "$bundle/course"
relative=()
for entry in "${entries[@]}"; do
  [[ -z "$entry" ]] && continue
  name="$(basename "$entry")"
  if [[ -e "$bundle/lib/$name" ]]; then
    echo "make-grader-bundle: two classpath entries named $name" >&2
    exit 4
  fi
  cp "$entry" "$bundle/lib/$name"
  relative+=("../lib/$name")
done
# Relative to course/, so the bundle runs wherever it is unpacked and its launcher never writes into it: an install
# directory may be read-only and owned by another user (the Kubernetes templates run as uid 1000).
(IFS=":"; printf '%s\n' "${relative[*]}") > "$bundle/course/runtime.classpath"
cp "$target/dlcourse-grader.jar" "$bundle/"
cp "$target/course/course.properties" "$bundle/course/"
cp -r "$target/course/exercises" "$bundle/course/exercises"

cat > "$bundle/bin/grader" <<'LAUNCHER'
#!/usr/bin/env bash
# The bundled grader, runnable from wherever the bundle was unpacked; it writes nothing into the bundle, which may be
# read-only (course/runtime.classpath names the jars relative to course/).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
classpath="$(find "$home/lib" -name '*.jar' | sort | paste -sd:)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$home/dlcourse-grader.jar:$classpath" \
  org.dlcourse.grader.cli.GraderCommand "$@"
LAUNCHER
chmod +x "$bundle/bin/grader"

tar -czf "$out" -C "$stage" dlcourse-grader
sha256sum "$out"
