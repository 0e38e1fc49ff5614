package org.hotspotatlas.export.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals: padded columns, long cells cut with an ellipsis. */
final class TextTable {
    private static final int MAX_CELL = 60;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size());
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(cut(c == null ? "" : c.toString().replace('\n', ' ')));
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, w));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            sb.append(i == 0 ? "" : "  ").append(c);
            if (i < w.length - 1) {
                sb.append(" ".repeat(w[i] - c.codePointCount(0, c.length())));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String cut(String s) {
        return s.codePointCount(0, s.length()) <= MAX_CELL ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "\u2026";
    }
}
