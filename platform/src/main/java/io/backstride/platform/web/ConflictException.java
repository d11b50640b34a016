package io.backstride.platform.web;

/** The request conflicts with the resource's current state (illegal transition, stale version): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
