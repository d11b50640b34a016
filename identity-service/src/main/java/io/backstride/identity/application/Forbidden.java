package io.backstride.identity.application;

/** The caller is signed in but may not do this (403 problem details). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
