package io.backstride.assessment.application;

/**
 * What a submission gave.
 *
 * @param replayed true when this is a retry under a key already used: the first result, nothing new stored
 */
public record Submitted<T>(T result, boolean replayed) {
}
