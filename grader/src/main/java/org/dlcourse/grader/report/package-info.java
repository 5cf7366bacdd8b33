/**
 * What a grading run produces ({@link org.dlcourse.grader.report.Report}, with the
 * {@link org.dlcourse.grader.report.Environment} it ran in) and its two renderings: text for a terminal
 * ({@link org.dlcourse.grader.report.ConsoleReport}) and the JSON document of the grader's contract
 * ({@link org.dlcourse.grader.report.JsonReport}), whose schema is {@code report.schema.json} beside it.
 */
package org.dlcourse.grader.report;
