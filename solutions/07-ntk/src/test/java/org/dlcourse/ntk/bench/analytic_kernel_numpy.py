"""The analytic ReLU NNGP/NTK recursion of lecture 07 in NumPy, float64, timed; the baseline of AnalyticKernelBenchmark.

Usage: python3 analytic_kernel_numpy.py N D DEPTH REPEATS
Inputs x[i, k] = sin(1 + i*D + k) (the same as the Java side); sigma_w = sqrt(2), sigma_b = 0.1. Prints one line:
"numpy seconds <min over repeats> ntk_sum <sum of Theta> threads <BLAS threads hint>".
The recursion is neural-tangents' stax written out, vectorised the obvious way over all N^2 entries.
"""
import os
import sys
import time

import numpy as np


def kernels(x, depth, sw2, sb2):
    d = x.shape[1]
    sigma = x @ x.T / d
    theta = np.zeros_like(sigma)
    for _ in range(depth):
        sigma = sw2 * sigma + sb2
        theta = sigma + sw2 * theta
        q = np.diag(sigma).copy()
        prod = np.outer(q, q)
        s = np.sqrt(np.maximum(prod - sigma * sigma, 0.0))
        angle = np.arctan2(s, sigma)
        theta = theta * (np.pi - angle) / (2 * np.pi)
        sigma = (s + (np.pi - angle) * sigma) / (2 * np.pi)
    sigma = sw2 * sigma + sb2
    theta = sigma + sw2 * theta
    return sigma, theta


def main():
    n, d, depth, repeats = (int(a) for a in sys.argv[1:5])
    i = np.arange(n)[:, None]
    k = np.arange(d)[None, :]
    x = np.sin(1.0 + i * d + k)
    best = float("inf")
    total = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        _, theta = kernels(x, depth, 2.0, 0.01)
        best = min(best, time.perf_counter() - start)
        total = float(theta.sum())
    print(f"numpy seconds {best:.4f} ntk_sum {total!r} threads {os.environ.get('OMP_NUM_THREADS', 'default')}")


if __name__ == "__main__":
    main()
