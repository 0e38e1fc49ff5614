package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.List;

/** Collects an export's warnings, keeping the first few in full and counting the rest. */
final class Warnings {

    static final int KEEP = 50;

    private final List<String> kept = new ArrayList<>();
    private int more;

    void add(String warning) {
        if (kept.size() < KEEP) {
            kept.add(warning);
        } else {
            more++;
        }
    }

    List<String> list() {
        if (more == 0) {
            return List.copyOf(kept);
        }
        List<String> all = new ArrayList<>(kept);
        all.add("... and " + more + " more " + (more == 1 ? "warning like these" : "warnings like these"));
        return List.copyOf(all);
    }
}
