/**
 * Measurements behind lecture 07 (instructor only, not tests): the analytic kernel against the same recursion in
 * NumPy ({@link org.dlcourse.ntk.bench.AnalyticKernelBenchmark}, with {@code analytic_kernel_numpy.py} beside it),
 * the empirical NTK of a width-4096 network ({@link org.dlcourse.ntk.bench.EmpiricalNtkBenchmark}) and the width
 * sweep, lazy-training and kernel-versus-network experiments that draw the lecture's figures
 * ({@link org.dlcourse.ntk.bench.LectureExperiments}).
 */
package org.dlcourse.ntk.bench;
