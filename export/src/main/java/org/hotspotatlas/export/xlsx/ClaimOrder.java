package org.hotspotatlas.export.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;

/**
 * The order of the Claims sheet: the claims of each hotspot together, hotspots in dataset order,
 * then the claims tied to no hotspot; dataset order within each group. Knowing the order up front
 * lets other sheets link to a hotspot's block of rows before the Claims sheet is written.
 */
final class ClaimOrder {

    /** First and last sheet row (0-based, inclusive) of a block of claims. */
    record Block(int firstRow, int lastRow) {}

    final List<Claim> claims;
    private final Map<String, List<Claim>> groups = new LinkedHashMap<>();
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private Block unplaced;

    ClaimOrder(Atlas atlas) {
        for (Hotspot h : atlas.hotspots()) {
            groups.put(h.id(), new ArrayList<>());
        }
        List<Claim> none = new ArrayList<>();
        for (Claim c : atlas.claims()) {
            if (c.hotspot() == null) {
                none.add(c);
            } else {
                groups.get(c.hotspot()).add(c);
            }
        }
        List<Claim> all = new ArrayList<>(atlas.claims().size());
        int row = 1;
        for (Map.Entry<String, List<Claim>> e : groups.entrySet()) {
            if (!e.getValue().isEmpty()) {
                blocks.put(e.getKey(), new Block(row, row + e.getValue().size() - 1));
                row += e.getValue().size();
                all.addAll(e.getValue());
            }
        }
        if (!none.isEmpty()) {
            unplaced = new Block(row, row + none.size() - 1);
            all.addAll(none);
        }
        this.claims = all;
    }

    /** @return the claims of a hotspot, in dataset order (computed once, not per call) */
    List<Claim> of(String hotspotId) {
        return groups.getOrDefault(hotspotId, List.of());
    }

    /** @return the rows of a hotspot's claims, or null if it has none */
    Block block(String hotspotId) {
        return hotspotId == null ? unplaced : blocks.get(hotspotId);
    }

    /** @return the claims tied to no hotspot, in dataset order */
    List<Claim> unplaced() {
        return unplaced == null ? List.of() : claims.subList(unplaced.firstRow() - 1, unplaced.lastRow());
    }

    /** @return whether some claims belong to no hotspot */
    boolean hasUnplaced() {
        return unplaced != null;
    }
}
