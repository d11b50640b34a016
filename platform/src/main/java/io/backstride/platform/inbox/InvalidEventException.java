package io.backstride.platform.inbox;

/**
 * Thrown by a handler for an event it can never process (malformed or missing required fields): the record
 * goes straight to the dead-letter topic, without retries.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
