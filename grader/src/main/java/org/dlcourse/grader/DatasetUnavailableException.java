package org.dlcourse.grader;

/**
 * A data set the exercises' tests read is not on this machine and cannot be downloaded: a problem of the machine,
 * not of the submission, so nothing is graded rather than points lost.
 */
public final class DatasetUnavailableException extends GraderException {

    private static final long serialVersionUID = 1L;

    /** An error naming the exercises, the data set and every place it was looked for, caused by {@code cause}. */
    public DatasetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
