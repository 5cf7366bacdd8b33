/**
 * Figures of lecture 02 (mini-batch SGD and loss curves), drawn with ND4J's own softmax and SGD updater and a
 * minimal training loop written here: lectures never use the solutions.
 */
package org.dlcourse.lectures.sgd;
