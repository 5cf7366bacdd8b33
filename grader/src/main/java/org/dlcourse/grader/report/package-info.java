/**
 * What a grading run produces ({@link org.dlcourse.grader.report.Report}, with the
 * {@link org.dlcourse.grader.report.Environment} it ran in) and its renderings
 * ({@link org.dlcourse.grader.report.ReportFormat}): text for a terminal
 * ({@link org.dlcourse.grader.report.ConsoleReport}), the JSON document of the grader's contract
 * ({@link org.dlcourse.grader.report.JsonReport}, whose schema is {@code report.schema.json} beside it), and the
 * formats other programs read: Gradescope's {@code results.json} ({@link org.dlcourse.grader.report.GradescopeReport}),
 * Surefire-compatible JUnit XML ({@link org.dlcourse.grader.report.JunitReport}) and Markdown feedback for students
 * ({@link org.dlcourse.grader.report.MarkdownReport}). Every rendering a person reads shows text from tests and
 * submissions through {@link org.dlcourse.grader.report.ReadableText}, so that none can act on the reader's screen.
 */
package org.dlcourse.grader.report;
