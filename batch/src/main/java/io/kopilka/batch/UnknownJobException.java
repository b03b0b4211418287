package io.kopilka.batch;

/** No job of this name. */
public class UnknownJobException extends RuntimeException {

    /** The unknown name. */
    public UnknownJobException(String job) {
        super("No job " + job);
    }
}
