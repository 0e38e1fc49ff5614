/**
 * The policy brief's content, computed once from an atlas and shared by every format that renders
 * the brief: {@link org.hotspotatlas.export.brief.BriefContent} (what the brief says, in which order,
 * with which citations and bases) built by {@link org.hotspotatlas.export.brief.BriefContentBuilder},
 * and the map ({@link org.hotspotatlas.export.brief.MapFigure} laid out from Natural Earth outlines in
 * {@link org.hotspotatlas.export.brief.WorldOutlines}). Every editorial rule of the brief lives here;
 * renderers decide typography and layout only. The package is internal to the export module: its
 * types are public so that renderers in other packages of the module can use them, and
 * {@code module-info} does not export it.
 */
package org.hotspotatlas.export.brief;
