package io.backstride.localstack;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one infrastructure component of the local platform in this process until SIGTERM (or Ctrl-C). Logs one
 * {@code "<component> ready on ..."} line once clients can connect; exits 1 with a one-line reason when it cannot
 * start, 2 on a usage error.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private static final String USAGE = """
            usage: java -jar local-stack.jar kafka --data DIR [--port 9092] [--controller-port 9093]
                   java -jar local-stack.jar mongo (--data DIR | --memory) [--port 27017]
                   java -jar local-stack.jar mail [--smtp-port 3025] [--http-port 8025]""";

    private LocalStack() {
    }

    public static void main(String[] args) {
        Component component;
        try {
            component = component(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        run(args[0], component);
    }

    static Component component(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("name a component: kafka, mongo or mail");
        }
        List<String> options = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "kafka" -> KafkaBroker.from(Arguments.parse(options, Set.of("data", "port", "controller-port"), Set.of()));
            case "mongo" -> MongoWireServer.from(Arguments.parse(options, Set.of("data", "port"), Set.of("memory")));
            case "mail" -> MailCatcher.from(Arguments.parse(options, Set.of("smtp-port", "http-port"), Set.of()));
            default -> throw new IllegalArgumentException("unknown component '" + args.getFirst()
                    + "': use kafka, mongo or mail");
        };
    }

    private static void run(String name, Component component) {
        long startedAt = System.nanoTime();
        try {
            component.start();
        } catch (Exception e) {
            log.error("{} could not start: {}", name, reason(e));
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("{} stopping", name);
            component.close();
            log.info("{} stopped", name);
            stopped.countDown();
        }, name + "-shutdown"));
        log.info("{} ready on {} in {} ms", name, component.endpoints(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        awaitUninterruptibly(stopped);
    }

    /** The messages of the whole cause chain on one line: the outermost says what, the innermost says why. */
    static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            if (reason.indexOf(message) < 0) {
                reason.append(reason.isEmpty() ? "" : ": ").append(message);
            }
        }
        return reason.toString();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // only the shutdown hook ends this process
            }
        }
    }
}
