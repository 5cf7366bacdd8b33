#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder's image from the uploaded zip (unpacked in
# /autograder/source; Gradescope's base images are Ubuntu and it has run apt-get update). It installs what grading
# needs: a JDK 17 (the grader compiles the student's code), bubblewrap (the sandbox the student's code runs in),
# the grader bundle from the zip, and Fashion-MNIST, checked against the course kit's SHA-256 of its content.
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fashion_mnist_url="${FASHION_MNIST_URL:-http://fashion-mnist.s3-website.eu-central-1.amazonaws.com}"

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless bubblewrap curl ca-certificates

tar -xzf "$source_dir/dlcourse-grader-bundle.tar.gz" -C "$source_dir"

data="$source_dir/fashion-mnist"
mkdir -p "$data"
for name in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
  curl -fsSL --retry 3 "$fashion_mnist_url/$name.gz" -o "$data/$name.gz"
  gunzip -f "$data/$name.gz"
done
(cd "$data" && grep -v '^#' "$source_dir/fashion-mnist-content.sha256" | sha256sum -c -)

# The sandbox needs bubblewrap 0.8.0 or newer and a container that may create namespaces. Whether it works is
# known only when a submission runs (Gradescope's "Test Autograder"): the grader then says so in its output.
version="$(bwrap --version | sed 's/^bubblewrap //')"
echo "setup.sh: bubblewrap $version installed"
if [[ "$(printf '%s\n' 0.8.0 "$version" | sort -V | head -n1)" != 0.8.0 ]]; then
  echo "setup.sh: bubblewrap $version is older than 0.8.0: choose a newer Ubuntu base image (24.04)," \
    "or the grader will refuse to grade (see docs/instructors.md, Gradescope)" >&2
fi
"$source_dir/dlcourse-grader/bin/grader" --version
