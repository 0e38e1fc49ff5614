package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.DatasetException;

import picocli.CommandLine.Option;

/** The shared {@code --data FILE} option: a user dataset instead of the bundled one. */
final class DataOption {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Read this dataset file instead of the bundled dataset.")
    Path data;

    Atlas load() {
        return data == null ? Atlas.bundled() : read("--data", data);
    }

    /**
     * Reads a dataset file named on the command line, turning a file that cannot be read into one
     * plain line; problems inside the file stay the reader's detailed report.
     *
     * @param label how the user named the file ("--data", "validate")
     * @param file  the file
     * @return the atlas
     */
    static Atlas read(String label, Path file) {
        String unreadable = PathErrors.unreadableInput(label, file);
        if (unreadable != null) {
            throw new UserException(unreadable, HotspotAtlasCli.EXIT_FAILURE);
        }
        try {
            return Atlas.read(file);
        } catch (DatasetException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UserException(label + " " + file + ": cannot be read: " + PathErrors.reason(io)
                        + "; check that it is an ordinary file you can read", HotspotAtlasCli.EXIT_FAILURE);
            }
            throw e;
        }
    }
}
