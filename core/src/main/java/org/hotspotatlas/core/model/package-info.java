/**
 * The domain model: immutable records for the source, actors, hotspots, claims and events, and the
 * controlled vocabularies ({@link org.hotspotatlas.core.model.Vocabulary}) they use.
 *
 * <p>Every claim says who does what, with which certainty, and where in the source it is said:
 *
 * <pre>{@code
 * for (Claim claim : Atlas.bundled().claimsWith(Action.VETO)) {
 *     System.out.println(claim.summary() + " " + claim.locators());
 *     claim.likelihoodWord().ifPresent(l -> System.out.println(
 *             "  " + l.code() + ", " + l.minPercent() + " to " + l.maxPercent() + " percent"));
 * }
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.core.model;
