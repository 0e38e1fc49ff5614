package org.hotspotatlas.export.xlsx;

import java.util.List;
import java.util.Optional;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;

/**
 * The dataset's two principals as the workbook names them: from the core analysis, never from a
 * literal; a dataset that names none gets neutral names and no roles.
 *
 * @param firstId  the first principal's id, or null
 * @param first    its display name
 * @param secondId the second principal's id, or null
 * @param second   its display name
 */
record Principals(String firstId, String first, String secondId, String second) {

    static Principals of(Atlas atlas) {
        List<Actor> p = atlas.analysis().principals();
        if (p.size() < 2) {
            return new Principals(null, "First principal", null, "Second principal");
        }
        return new Principals(p.get(0).id(), p.get(0).name(), p.get(1).id(), p.get(1).name());
    }

    /** @return the first principal's id, if the dataset names principals */
    Optional<String> firstActor() {
        return Optional.ofNullable(firstId);
    }

    /** @return the second principal's id, if the dataset names principals */
    Optional<String> secondActor() {
        return Optional.ofNullable(secondId);
    }
}
