package io.backstride.localstack;

/** One piece of local infrastructure, run in its own process by {@link LocalStack}. */
interface Component extends AutoCloseable {

    /** Starts serving; returns only once clients can connect. */
    void start() throws Exception;

    /** Where clients reach it, for the ready line. */
    String endpoints();

    /** Stops serving and flushes whatever it persists. */
    @Override
    void close();
}
