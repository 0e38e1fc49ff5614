package org.hotspotatlas.examples.bench;

import org.hotspotatlas.export.json.CanonicalJsonExporter;

/** The benchmark cases by exporter name. */
final class Cases {
    private Cases() {}

    static Bench.Case of(String name) {
        return switch (name) {
            case "json" -> new Bench.Case("json", (a, out) -> new CanonicalJsonExporter().export(a, out), JsonFloor::write);
            default -> throw new IllegalArgumentException("unknown exporter '" + name + "'; expected xlsx, pdf or json");
        };
    }
}
