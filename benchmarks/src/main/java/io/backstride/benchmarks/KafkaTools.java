package io.backstride.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * Kafka's own performance tools (kafka-tools, same version as the broker), run in this JVM against the benchmark's
 * broker: the reference figure each benchmark reports its ratio against.
 */
final class KafkaTools {

    private static final Pattern PRODUCER_RATE = Pattern.compile("records sent, ([0-9.]+) records/sec");

    private KafkaTools() {
    }

    /** ProducerPerformance: N records of 200 bytes, acks=all, as fast as it goes; records/s of its final line. */
    static double producerPerformance(String bootstrap, String topic, int records) throws Exception {
        String output = captureStdout(() -> ProducerPerformance.main(new String[] {"--topic", topic,
                "--num-records", String.valueOf(records), "--record-size", "200", "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all"}));
        Matcher last = null;
        for (Matcher m = PRODUCER_RATE.matcher(output); m.find(); ) {
            last = PRODUCER_RATE.matcher(m.group());
            last.find();
        }
        if (last == null) {
            throw new IllegalStateException("no rate in ProducerPerformance output:\n" + output);
        }
        String[] lines = output.strip().split("\n");
        System.out.println("ProducerPerformance: " + lines[lines.length - 1]);
        return Double.parseDouble(last.group(1));
    }

    /**
     * ConsumerPerformance reading {@code records} records of a topic from the beginning in a new group.
     *
     * @param recordsPerSecond the tool's {@code nMsg.sec}: records over the whole run, group join included
     * @param fetchRecordsPerSecond its {@code fetch.nMsg.sec}: records over the fetch time only
     */
    record ConsumerRate(double recordsPerSecond, double fetchRecordsPerSecond, double megabytesPerSecond,
                        long records, String line) {
    }

    static ConsumerRate consumerPerformance(String bootstrap, String topic, int records, String group) throws Exception {
        String output = captureStdout(() -> ConsumerPerformance.main(new String[] {"--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", String.valueOf(records), "--group", group, "--timeout", "60000"}));
        // header: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
        //         rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        for (String line : output.strip().split("\n")) {
            String[] fields = line.split(",\\s*");
            if (fields.length >= 10 && !line.startsWith("start.time")) {
                return new ConsumerRate(Double.parseDouble(fields[5]), Double.parseDouble(fields[9]),
                        Double.parseDouble(fields[3]), Long.parseLong(fields[4].trim()), line.strip());
            }
        }
        throw new IllegalStateException("no figures in ConsumerPerformance output:\n" + output);
    }

    interface Tool {
        void run() throws Exception;
    }

    /** What a tool prints on System.out (the tools report there, not through a logger). */
    static String captureStdout(Tool tool) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            tool.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
