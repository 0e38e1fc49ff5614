package org.hotspotatlas.export.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hotspotatlas.core.Atlas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE}: checks a dataset file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = HotspotAtlasCli.Version.class,
        description = "Check a dataset file; list every problem found.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The dataset file to check.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = DataOption.read("validate", file);
        spec.commandLine().getOut().println(file + ": valid. " + atlas);
        // text that may mislead a reader is valid, so it is a warning (on standard error), not a problem
        atlas.textWarnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (!atlas.uncitedAssertions().isEmpty()) {
            spec.commandLine().getOut().println("note: " + atlas.uncitedAssertions().size()
                    + " asserting sentences are not cited by any record: " + atlas.uncitedAssertions());
        }
        int anchors = atlas.source().anchors().size();
        if (anchors > 0) {
            spec.commandLine().getOut().println("note: " + anchors + " text anchors are well formed and within the "
                    + "12-word limit; whether each link finds its sentence needs the source text, which validate "
                    + "does not have");
        }
        return 0;
    }
}
