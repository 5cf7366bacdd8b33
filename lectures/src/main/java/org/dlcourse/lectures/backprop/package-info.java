/** The demos and figures of lecture 04, backpropagation by hand (they use the kit and ND4J, never a solution). */
package org.dlcourse.lectures.backprop;
