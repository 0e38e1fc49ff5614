/**
 * The entry point: {@link org.hotspotatlas.core.Atlas}, a validated dataset with its queries, and
 * the errors and limits of reading one.
 *
 * <p>Load the curated dataset, ask it questions and cut out a part:
 *
 * <pre>{@code
 * Atlas atlas = Atlas.bundled();
 * for (Hotspot h : atlas.hotspotsWith(UsAlignment.COUNTER)) {
 *     System.out.println(h.name() + ": " + atlas.claimsIn(h.id()).size() + " claims");
 * }
 * Atlas arctic = atlas.select(Selection.hotspots("arctic"));
 * System.out.println(arctic);
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.core;
