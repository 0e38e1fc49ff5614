package org.hotspotatlas.export.cli;

import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;

import picocli.CommandLine.Option;

/** The shared {@code --data FILE} option: a user dataset instead of the bundled one. */
final class DataOption {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Read this dataset file instead of the bundled dataset.")
    Path data;

    Atlas load() {
        return data == null ? Atlas.bundled() : Atlas.read(data);
    }
}
