package org.hotspotatlas.core.model;

/**
 * A point on the map, in decimal degrees (WGS 84), used to place hotspots and theatres.
 *
 * @param latitude  -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    /**
     * Validates the ranges.
     *
     * @param latitude  -90 to 90
     * @param longitude -180 to 180
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be -90 to 90, but was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180 to 180, but was " + longitude);
        }
    }
}
