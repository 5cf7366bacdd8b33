/**
 * Figures of lecture 03 (the bias–variance decomposition of polynomial least squares), drawn with a Chebyshev basis
 * and Commons Math's QR solver and ND4J's reductions: lectures never use the solutions, and the library calls the
 * exercise forbids are what the demo may use.
 */
package org.dlcourse.lectures.biasvariance;
