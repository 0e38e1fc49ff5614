/**
 * Hotspot Atlas examples: small programs that show the library in use, and the benchmark harness
 * (whose floors use POI, OpenPDF and Jackson directly, without the library).
 */
module org.hotspotatlas.examples {
    requires org.hotspotatlas.export;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.github.librepdf.openpdf;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires java.desktop;
    requires java.management;

    exports org.hotspotatlas.examples;
    exports org.hotspotatlas.examples.bench;
}
