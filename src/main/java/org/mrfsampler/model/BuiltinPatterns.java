package org.mrfsampler.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Patterns shipped with the service as text resources: one line per row, {@code '#'} for +1 and
 * {@code '.'} for −1.
 */
public final class BuiltinPatterns {

    /** A builtin pattern: its size and its spins in row-major order. */
    public record Pattern(String name, int rows, int cols, byte[] spins) {
    }

    private static final Set<String> NAMES = Set.of("cat");

    private BuiltinPatterns() {
    }

    public static Set<String> names() {
        return NAMES;
    }

    /** Loads a builtin pattern by name, or returns empty if there is none of that name. */
    public static Optional<Pattern> load(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String resource = "/patterns/" + name + ".txt";
        try (InputStream in = BuiltinPatterns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("builtin pattern resource " + resource + " is missing");
            }
            return Optional.of(parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))));
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read builtin pattern " + name, e);
        }
    }

    private static Pattern parse(String name, BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        int rows = lines.size();
        int cols = lines.get(0).length();
        byte[] spins = new byte[rows * cols];
        for (int r = 0; r < rows; r++) {
            String line = lines.get(r);
            if (line.length() != cols) {
                throw new IllegalStateException("builtin pattern " + name + ": row " + r + " has "
                        + line.length() + " characters, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                spins[r * cols + c] = switch (line.charAt(c)) {
                    case '#' -> 1;
                    case '.' -> -1;
                    default -> throw new IllegalStateException("builtin pattern " + name + ": unexpected character '"
                            + line.charAt(c) + "' at row " + r + ", column " + c);
                };
            }
        }
        return new Pattern(name, rows, cols, spins);
    }
}
