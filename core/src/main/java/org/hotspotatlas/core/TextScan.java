package org.hotspotatlas.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hotspotatlas.core.model.TextSafety;

/**
 * Finds the text fields of an atlas that hold bidirectional controls. It walks every record's
 * components (text, lists, nested records), so a field added to the model is covered without
 * being listed here.
 */
final class TextScan {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final List<Problem> warnings = new ArrayList<>();

    private TextScan() {}

    static List<Problem> bidiWarnings(Atlas atlas) {
        TextScan scan = new TextScan();
        scan.text("dataVersion", atlas.dataVersion());
        scan.value("source", atlas.source());
        scan.value("relationship", atlas.relationship());
        scan.list("actors", atlas.actors());
        scan.list("hotspots", atlas.hotspots());
        scan.list("claims", atlas.claims());
        scan.list("events", atlas.events());
        return List.copyOf(scan.warnings);
    }

    private void list(String path, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String id = v instanceof Record r ? idOf(r) : null;
            value(path + "[" + i + "]" + (id == null ? "" : " (id " + id + ")"), v);
        }
    }

    private void value(String path, Object v) {
        if (v instanceof String s) {
            text(path, s);
        } else if (v instanceof URI u) {
            text(path, u.toString());
        } else if (v instanceof List<?> l) {
            list(path, l);
        } else if (v instanceof Record r) {
            for (RecordComponent c : components(r.getClass())) {
                value(path + "." + c.getName(), get(c, r));
            }
        }
    }

    private void text(String path, String s) {
        if (s == null) {
            return;
        }
        List<String> controls = TextSafety.bidiControls(s);
        if (!controls.isEmpty()) {
            warnings.add(new Problem(path, "holds the bidirectional control" + (controls.size() == 1 ? " " : "s ")
                    + String.join(", ", controls) + ", which can make the text display in another order than it is"
                    + " stored; the workbook and the brief show each as a marker such as [" + controls.get(0)
                    + "], the JSON formats keep it"));
        }
    }

    private static String idOf(Record r) {
        for (RecordComponent c : components(r.getClass())) {
            if (c.getName().equals("id") && get(c, r) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of a " + r.getClass().getSimpleName(), e);
        }
    }
}
