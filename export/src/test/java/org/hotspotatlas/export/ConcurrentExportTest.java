package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hotspotatlas.core.Atlas;
import org.junit.jupiter.api.Test;

/**
 * Exporters are stateless: eight threads sharing one exporter instance per format, all exporting
 * the same atlas at once, each get exactly the bytes of a single-threaded export.
 */
class ConcurrentExportTest {

    private static final int THREADS = 8;

    @Test
    void eightThreadsGetTheBytesOfOneThread() throws Exception {
        Atlas atlas = Hardening.fixture();
        List<Exporter> exporters = Hardening.exporters();
        Map<String, byte[]> expected = new LinkedHashMap<>();
        for (Exporter e : exporters) {
            expected.put(e.format(), Hardening.export(e, atlas).bytes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, byte[]>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    Map<String, byte[]> got = new LinkedHashMap<>();
                    // each thread walks the formats from a different place, so that different
                    // exporters overlap in time as well as the same one
                    for (int i = 0; i < exporters.size(); i++) {
                        Exporter e = exporters.get((i + offset) % exporters.size());
                        got.put(e.format(), Hardening.export(e, atlas).bytes());
                    }
                    return got;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                Map<String, byte[]> got = results.get(t).get(5, TimeUnit.MINUTES);
                assertEquals(expected.keySet(), got.keySet());
                for (String format : expected.keySet()) {
                    assertArrayEquals(expected.get(format), got.get(format), "thread " + t + ", " + format);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // and the bytes are what the readers accept
        assertTrue(Hardening.pdf(expected.get("pdf")).pages() >= 1);
        assertEquals(atlas, Hardening.read(expected.get("json")));
        try (var wb = Hardening.xlsx(expected.get("xlsx"))) {
            assertEquals(atlas.claims().size() + 1, wb.getSheet("Claims").getPhysicalNumberOfRows());
        }
    }
}
