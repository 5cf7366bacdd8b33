/**
 * Class statistics from a gradebook's latest submissions: per exercise the score distribution, per test the pass
 * rate, and the most common failing tests with their hints, as Markdown and as XChart PNG figures, so an
 * instructor sees which concept the class missed.
 */
package org.dlcourse.grader.stats;
