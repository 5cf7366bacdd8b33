/**
 * The class's gradebook: an embedded SQLite database (one file, no server) with the students, every graded
 * submission (content hash, time, status, score, the JSON report), every exercise's score and every test's result.
 *
 * <p>Nothing is overwritten: each grading adds a submission row, and "the grade" of a student is their latest
 * submission ({@code latest_submissions} view). {@link org.dlcourse.grader.gradebook.Gradebook#merge} combines the
 * gradebooks of shards, {@link org.dlcourse.grader.gradebook.CsvExport} writes the latest grades for an LMS.
 */
package org.dlcourse.grader.gradebook;
