/**
 * The command line, a thin picocli layer over the library: each command builds an immutable request, hands it to
 * the library and renders the result through its own writers. Exit codes are part of the interface
 * ({@link org.dlcourse.grader.cli.ExitCodes}); business errors print one line.
 */
package org.dlcourse.grader.cli;
