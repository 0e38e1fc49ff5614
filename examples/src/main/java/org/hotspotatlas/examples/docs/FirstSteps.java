package org.hotspotatlas.examples.docs;

// tag::all[]
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.UsAlignment;

/** Five minutes with the library: load the bundled dataset and ask it two questions. */
public class FirstSteps {
    /**
     * Prints the dataset's size, the hotspots whose course runs counter to U.S. interests, and the
     * vetoes and abstentions.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Atlas atlas = Atlas.bundled();                       // loaded on first use, then cached
        System.out.println(atlas);

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
    }
}
// end::all[]
