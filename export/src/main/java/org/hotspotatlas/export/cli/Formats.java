package org.hotspotatlas.export.cli;

import java.util.List;
import java.util.Locale;

import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;

/** The formats the command line can write, by name. */
final class Formats {
    private Formats() {}

    /** Options that some formats take. */
    record Settings(String title, String pageSize) {}

    private static final List<String> NAMES = List.of("json", "graph", "ndjson");

    static List<String> names() {
        return NAMES;
    }

    static Exporter create(String name, Settings settings) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "json" -> new CanonicalJsonExporter();
            case "graph" -> new GraphJsonExporter();
            case "ndjson" -> new NdjsonClaimsExporter();
            default -> throw new UserException("unknown format '" + name + "'; expected one of: "
                    + String.join(", ", NAMES), HotspotAtlasCli.EXIT_USAGE);
        };
    }
}
