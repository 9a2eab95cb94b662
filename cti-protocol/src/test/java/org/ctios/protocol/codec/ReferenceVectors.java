package org.ctios.protocol.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The byte-exact reference messages of {@code ged188-pv20-vectors.txt} (from nshimaza/ucce-ctidriver, MIT), copied
 * into the test resources with their licence header.
 */
final class ReferenceVectors {

    /** One message sample: its name in the source, its type and the framed bytes. */
    record MessageVector(String name, int messageType, byte[] framed) {
        @Override
        public String toString() {
            return name + " (" + messageType + ")";
        }
    }

    /** One floating-field sample: a tag/length/data triple. */
    record FieldVector(String description, byte[] bytes) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static final String RESOURCE = "/vectors/ged188-pv20-vectors.txt";

    private ReferenceVectors() {
    }

    static List<MessageVector> messages() {
        List<MessageVector> vectors = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("#") || line.startsWith("FLOAT") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            int type = Integer.parseInt(columns[1].substring("type=".length()));
            byte[] framed = HexFormat.of().parseHex(columns[4].substring("framed_hex=".length()));
            vectors.add(new MessageVector(columns[0], type, framed));
        }
        return vectors;
    }

    static List<FieldVector> fields() {
        List<FieldVector> vectors = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("FLOAT")) {
                String[] columns = line.split("\t");
                vectors.add(new FieldVector(columns[0], HexFormat.of().parseHex(columns[1].substring(4))));
            }
        }
        return vectors;
    }

    private static List<String> lines() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
