package io.backstride.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of one component: {@code --name value} pairs and bare {@code --flag}s, nothing positional. */
final class Arguments {

    private final Map<String, String> values;
    private final Set<String> flags;

    private Arguments(Map<String, String> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param options the options taking a value, without the leading dashes
     * @param flagNames the options taking no value
     */
    static Arguments parse(List<String> args, Set<String> options, Set<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name != null && flagNames.contains(name)) {
                flags.add(name);
            } else if (name != null && options.contains(name)) {
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException("option " + arg + " needs a value");
                }
                values.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new Arguments(values, flags);
    }

    int port(String name, int defaultPort) {
        String value = values.get(name);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    Path path(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
