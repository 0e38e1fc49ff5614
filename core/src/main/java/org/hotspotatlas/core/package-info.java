/**
 * The entry point: {@link org.hotspotatlas.core.Atlas}, a validated dataset with its queries, and
 * the errors and limits of reading one.
 */
package org.hotspotatlas.core;
