package org.hotspotatlas.export.brief;

/**
 * A map projection from longitude and latitude (degrees) to plane coordinates (x to the east, y to
 * the north, in units of the Earth's radius).
 */
public sealed interface Projection permits Projection.EqualEarth, Projection.EquidistantCylindrical {

    /**
     * Projects a point of the globe onto the plane of the map.
     *
     * @param lon longitude in degrees, -180 to 180
     * @param lat latitude in degrees, -90 to 90
     * @return x and y, in units of the Earth's radius: x to the east, y to the north
     */
    double[] project(double lon, double lat);

    /** {@return the projection's name, for a figure's caption and alternative text} */
    String name();

    /**
     * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, with straight
     * parallels, for world maps.
     */
    record EqualEarth() implements Projection {
        private static final double A1 = 1.340264;
        private static final double A2 = -0.081106;
        private static final double A3 = 0.000893;
        private static final double A4 = 0.003796;
        private static final double M = Math.sqrt(3) / 2;

        @Override
        public double[] project(double lon, double lat) {
            double lambda = Math.toRadians(lon);
            double theta = Math.asin(M * Math.sin(Math.toRadians(lat)));
            double t2 = theta * theta;
            double t6 = t2 * t2 * t2;
            double x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
            double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
            return new double[] {x, y};
        }

        @Override
        public String name() {
            return "Equal Earth";
        }
    }

    /**
     * The equidistant cylindrical projection with a standard parallel: true to scale along that
     * parallel and along every meridian, for regional maps.
     *
     * @param standardParallel the latitude, in degrees, at which east-west distances are true
     */
    record EquidistantCylindrical(double standardParallel) implements Projection {
        /** Validates. @throws IllegalArgumentException if the parallel is not strictly between the poles */
        public EquidistantCylindrical {
            if (!(Math.abs(standardParallel) < 90)) {
                throw new IllegalArgumentException("standard parallel must lie strictly between -90 and 90 degrees, but was "
                        + standardParallel);
            }
        }

        @Override
        public double[] project(double lon, double lat) {
            return new double[] {Math.toRadians(lon) * Math.cos(Math.toRadians(standardParallel)), Math.toRadians(lat)};
        }

        @Override
        public String name() {
            return "equidistant cylindrical";
        }
    }
}
