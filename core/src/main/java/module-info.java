/**
 * Hotspot Atlas core: the typed model of China-Russia coordination across global hotspots, the
 * curated dataset, the dataset codec and the query API. Start at {@link org.hotspotatlas.core.Atlas}.
 */
module org.hotspotatlas.core {
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports org.hotspotatlas.core;
    exports org.hotspotatlas.core.model;
    exports org.hotspotatlas.core.io;
    // the one record codec, shared with the export module's Jackson module; not public API
    exports org.hotspotatlas.core.codec to org.hotspotatlas.export;
}
