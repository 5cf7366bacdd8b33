/**
 * Numeric gradient checking: finite-difference gradients of scalar functions of a tensor
 * ({@link org.dlcourse.kit.gradcheck.NumericGradient}) and the relative error by which an analytic gradient is
 * judged against them ({@link org.dlcourse.kit.gradcheck.GradientCheck}), following CS231n's notes on gradient
 * checks.
 */
package org.dlcourse.kit.gradcheck;
