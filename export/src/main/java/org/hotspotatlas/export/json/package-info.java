/**
 * JSON for other programs: the canonical document, a graph view, newline-delimited claims, and a
 * Jackson module.
 *
 * <p>The graph and the claim lines as files, and one claim through an application's own mapper
 * (here {@code dir} is an existing directory):
 *
 * <pre>{@code
 * Atlas atlas = Atlas.bundled();
 * new GraphJsonExporter().export(atlas, dir.resolve("atlas.graph.json"));
 * new NdjsonClaimsExporter().export(atlas, dir.resolve("claims.ndjson"));
 * JsonMapper mapper = JsonMapper.builder().addModule(new HotspotAtlasModule()).build();
 * System.out.println(mapper.writeValueAsString(atlas.claims().get(0)));
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export.json;
