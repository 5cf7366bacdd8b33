/**
 * Which ND4J backend this JVM runs on, and one clear message when it is not the one requested or cannot start.
 *
 * <p>ND4J picks a backend from the classpath and, if the CUDA backend fails to load, silently falls back to the
 * CPU one. {@link org.dlcourse.kit.backend.Backends#require(String)} turns that into an error;
 * {@link org.dlcourse.kit.backend.BackendReport} prints the detected backend for scripts and CI.
 */
package org.dlcourse.kit.backend;
