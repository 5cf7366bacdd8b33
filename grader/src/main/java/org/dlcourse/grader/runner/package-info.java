/**
 * The grader seen from inside the test JVM: the forked main ({@link org.dlcourse.grader.runner.ForkedTestRunner})
 * and the discovery entry point ({@link org.dlcourse.grader.runner.PlanDiscovery}), both running the instructor
 * tests through the JUnit Platform Launcher, so any engine on the classpath takes part. The forked main runs each
 * exercise of its request in a class loader of that exercise's tests and student classes, the course's its parent.
 *
 * <p>Results travel as structured events, one JSON line each ({@link org.dlcourse.grader.runner.RunnerEvent}),
 * written by a launcher listener to a results file the student's code does not know; standard output is never
 * read for results. Everything here runs with the course classpath (kit, ND4J, JUnit Platform, Jackson) and must
 * not depend on the grader's other rooms except the {@code course} records it reports.
 */
package org.dlcourse.grader.runner;
