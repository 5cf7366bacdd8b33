package org.dlcourse.kit.data;

/**
 * Fashion-MNIST is in none of the places the course looks for it, and downloading it failed.
 *
 * <p>Unchecked because no course program can go on without the data; the message names every place tried, why
 * each failed, and how to provide the data (the environment variable, Debian's package, the download URL).
 */
public final class FashionMnistUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with the explanation {@code message} and the download's failure, if any. */
    public FashionMnistUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
