/**
 * Instructor-only measurements of exercise 06 (not unit tests; surefire does not run them): the transfer experiment
 * of lecture 06 on Fashion-MNIST, whose figure and table the lecture shows.
 */
package org.dlcourse.transfer.bench;
