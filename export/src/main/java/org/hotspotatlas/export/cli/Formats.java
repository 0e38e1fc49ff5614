package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

/** The formats the command line can write, by name. */
final class Formats {
    private Formats() {}

    /** Options that some formats take. */
    record Settings(String title, String pageSize) {}

    private static final List<String> NAMES = List.of("json");

    static List<String> names() {
        return NAMES;
    }

    static Exporter create(String name, Settings settings) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "json":
                return new Exporter() {
                    @Override public String format() { return "json"; }
                    @Override public String fileExtension() { return ".json"; }
                    @Override public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
                        atlas.write(out);
                        return ExportResult.clean();
                    }
                };
            default:
                throw new UserException("unknown format '" + name + "'; expected one of: " + String.join(", ", NAMES),
                        HotspotAtlasCli.EXIT_USAGE);
        }
    }
}
