package org.hotspotatlas.examples;

import java.time.LocalDate;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.UsAlignment;

/** Query the bundled dataset: hotspots by alignment, joint vetoes, forecasts, and a timeline slice. */
public final class QueryExample {
    private QueryExample() {}

    /**
     * Prints the answers of a few queries on the bundled dataset to standard output; writes no file.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Atlas atlas = Atlas.bundled();
        System.out.println(atlas);

        // every verdict says whose it is: the author's, someone the author quotes, or the dataset's reading
        System.out.println("\nHotspots where the two powers' course runs counter to U.S. interests:");
        for (Hotspot h : atlas.hotspotsWith(UsAlignment.COUNTER)) {
            System.out.println("  " + h.name() + " (" + h.assessment().pattern().code() + "; verdict: "
                    + atlas.analysis().alignmentBasis(h).code() + ")");
        }

        System.out.println("\nVetoes and abstentions:");
        for (Action a : new Action[] {Action.VETO, Action.ABSTENTION}) {
            for (Claim c : atlas.claimsWith(a)) {
                System.out.println("  " + a.code() + ": " + c.summary() + " " + c.locators());
            }
        }

        System.out.println("\nForecasts, with their ICD 203 words:");
        for (Claim c : atlas.claimsWith(Modality.FORECAST)) {
            String word = c.likelihoodWord().map(l -> l.code() + " " + l.minPercent() + "-" + l.maxPercent() + "%")
                    .orElse("no estimative word");
            System.out.println("  " + c.summary() + " [" + word + "]");
        }

        System.out.println("\nEvents in the first half of 2019:");
        for (Event e : atlas.eventsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30))) {
            // eventsBetween returns only dated events, so every one has a best date
            System.out.println("  " + e.bestDate().orElseThrow() + "  " + e.title());
        }
    }
}
