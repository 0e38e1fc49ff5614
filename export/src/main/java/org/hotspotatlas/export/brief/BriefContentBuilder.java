package org.hotspotatlas.export.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;

/** Computes a brief's content from an atlas. */
public final class BriefContentBuilder {
    private BriefContentBuilder() {}

    /**
     * @param atlas      the atlas, already cut to the selection
     * @param principals the principals' actor ids
     * @return the map of the atlas's hotspots
     */
    public static MapFigure map(Atlas atlas, List<String> principals) {
        List<MapFigure.Area> areas = new ArrayList<>();
        for (String id : principals) {
            atlas.actor(id).ifPresent(a -> a.externalId(ExternalIdScheme.ISO_3166_1_ALPHA2)
                    .ifPresent(code -> areas.add(new MapFigure.Area(code, a.name()))));
        }
        List<MapFigure.Point> points = new ArrayList<>();
        Map<UsAlignment, String> colours = new java.util.EnumMap<>(UsAlignment.class);
        Map<MapFigure.Mark, String> marks = new java.util.EnumMap<>(MapFigure.Mark.class);
        for (Hotspot h : atlas.hotspots()) {
            UsAlignment a = h.assessment().alignment();
            MapFigure.Mark mark = h.assessment().alignmentReason().voice() == Voice.AUTHOR
                    ? MapFigure.Mark.DISC : MapFigure.Mark.DIAMOND;
            colours.put(a, a.code());
            marks.put(mark, mark == MapFigure.Mark.DISC ? "the author's verdict" : "a verdict attributed to others");
            points.add(new MapFigure.Point(h.name(), h.location(), a, mark, true));
            for (Theatre t : h.theatres()) {
                points.add(new MapFigure.Point(t.name(), t.location(), a, mark, false));
            }
        }
        return new MapFigure(atlas.hotspots().size() == 1 ? MapFigure.View.REGION : MapFigure.View.WORLD, areas,
                points, new LinkedHashMap<>(colours), new LinkedHashMap<>(marks), "map");
    }

    static String unused(Actor a) {
        return a.id();
    }
}
