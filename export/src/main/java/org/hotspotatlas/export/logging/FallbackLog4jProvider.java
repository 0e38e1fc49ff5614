package org.hotspotatlas.export.logging;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * A Log4j API provider of the lowest priority that sends Apache POI's log events to the Log4j API's
 * own {@code SimpleLogger} (errors only, on standard error).
 *
 * <p>POI logs through the Log4j API. An application without any Log4j provider would otherwise
 * see "Log4j API could not find a logging provider" on standard error on its first workbook, after
 * which the API falls back to the same {@code SimpleLogger} anyway. Registering that fallback as a
 * provider removes the line and changes nothing else:
 * <ul>
 *   <li>any real provider the application adds ({@code log4j-core} has priority 10,
 *       {@code log4j-to-slf4j} 15, {@code log4j-to-jul} 20) has a higher priority and is chosen
 *       instead, silently (the API reports several providers only at WARN, below its default
 *       status level);</li>
 *   <li>the {@code log4j.provider} and {@code log4j2.loggerContextFactory} properties still
 *       select a provider explicitly.</li>
 * </ul>
 *
 * <p>Registered through {@code META-INF/services} on the class path and {@code provides} in
 * {@code module-info} on the module path. The package is not exported: this is not API.
 */
public final class FallbackLog4jProvider extends Provider {

    /** Below every provider that Log4j or another library ships (the lowest of those is 10). */
    static final int PRIORITY = -100;

    /** The provider API version this class implements, as the Log4j API 2.x expects it. */
    static final String API_VERSION = "2.6.0";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public FallbackLog4jProvider() {
        super(PRIORITY, API_VERSION, SimpleLoggerContextFactory.class);
    }
}
