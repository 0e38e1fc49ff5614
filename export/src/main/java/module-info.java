/**
 * Hotspot Atlas export: renders an atlas to Excel comparison matrices, PDF policy briefs and JSON,
 * and provides the {@code hotspot-atlas} command line.
 */
module org.hotspotatlas.export {
    requires transitive org.hotspotatlas.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires com.github.librepdf.openpdf;
    requires java.desktop;
    requires org.apache.logging.log4j;
    // Only the command line (package cli, not exported) needs picocli: library users may leave it out.
    requires static info.picocli;

    exports org.hotspotatlas.export;
    exports org.hotspotatlas.export.xlsx;
    exports org.hotspotatlas.export.pdf;
    exports org.hotspotatlas.export.docx;
    exports org.hotspotatlas.export.json;

    provides tools.jackson.databind.JacksonModule with org.hotspotatlas.export.json.HotspotAtlasModule;
    // POI logs through the Log4j API: a lowest-priority fallback so that applications without a
    // Log4j provider get no "could not find a logging provider" line (see FallbackLog4jProvider).
    provides org.apache.logging.log4j.spi.Provider with org.hotspotatlas.export.logging.FallbackLog4jProvider;

    opens org.hotspotatlas.export.cli to info.picocli;
}
