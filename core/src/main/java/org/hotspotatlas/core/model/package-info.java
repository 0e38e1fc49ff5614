/**
 * The domain model: immutable records for the source, actors, hotspots, claims and events, and the
 * controlled vocabularies ({@link org.hotspotatlas.core.model.Vocabulary}) they use.
 */
package org.hotspotatlas.core.model;
