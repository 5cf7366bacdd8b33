/** Figures of lecture 01 (softmax and cross-entropy), drawn with ND4J's own softmax: lectures never use the solutions. */
package org.dlcourse.lectures.softmax;
