package org.mrfsampler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrfsampler.model.BuiltinPatterns;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Runs the reference jobs through the real HTTP server, engine and an embedded H2 database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:job-api;DB_CLOSE_DELAY=-1")
class JobApiIntegrationTest {

    static final String ISING_REFERENCE = """
            {"model": {"type": "ising", "rows": 64, "cols": 64, "coupling": 100.0,
                       "field": 0.0, "beta": 1.0, "boundary": "free"},
             "sampler": {"steps": 150000, "thin": 100, "seed": 1},
             "initialState": {"type": "random"}}""";

    static final String HOPFIELD_REFERENCE = """
            {"model": {"type": "hopfield", "rows": 64, "cols": 64, "beta": 100.0, "patterns": ["cat"]},
             "sampler": {"steps": 20000, "thin": 20, "seed": 1}}""";

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(1);

    @LocalServerPort
    private int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void isingReferenceJobStoresEverySample() {
        HttpResponse<String> accepted = api.post("/api/jobs", ISING_REFERENCE);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = api.json(accepted).get("id").asString();
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/jobs/" + id);
        assertThat(api.json(accepted).get("status").asString()).isIn("QUEUED", "RUNNING", "SUCCEEDED");

        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.get("stepsDone").asLong()).isEqualTo(150_000);
        assertThat(job.get("samplesStored").asLong()).isEqualTo(1500);
        assertThat(job.get("acceptanceRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();

        long seen = 0;
        for (int offset = 0; offset < 1500; offset += 500) {
            JsonNode page = api.json(api.get("/api/jobs/" + id + "/samples?offset=" + offset + "&limit=500"));
            assertThat(page.get("total").asLong()).isEqualTo(1500);
            for (JsonNode sample : page.get("items")) {
                seen++;
                assertThat(sample.get("index").asLong()).isEqualTo(seen);
                assertThat(sample.get("step").asLong()).isEqualTo(seen * 100);
                assertSpinGrid(sample.get("spins"), 64, 64);
            }
        }
        assertThat(seen).isEqualTo(1500);
    }

    @Test
    void isingGifHasOneLoopingFramePerSample() throws IOException {
        String id = api.submit(ISING_REFERENCE.replace("\"seed\": 1", "\"seed\": 7"));
        api.awaitFinished(id, JOB_TIMEOUT);

        HttpResponse<byte[]> gif = api.getBytes("/api/jobs/" + id + "/animation.gif");
        assertThat(gif.statusCode()).isEqualTo(200);
        assertThat(gif.headers().firstValue("Content-Type")).hasValue("image/gif");

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif.body()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(1500);
            assertThat(reader.getWidth(0)).isEqualTo(64);
            assertThat(reader.getHeight(0)).isEqualTo(64);
            assertThat(reader.getWidth(1499)).isEqualTo(64);
            assertThat(delayCentiseconds(reader.getImageMetadata(0))).isEqualTo("2");
            assertThat(loops(reader.getImageMetadata(0))).isTrue();
        }
    }

    @Test
    void gifFramesShowSpinsInBlackAndWhite() throws IOException {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 3, "cols": 5, "beta": 0.0},
                 "sampler": {"steps": 10, "thin": 10, "seed": 3}}""");
        api.awaitFinished(id, JOB_TIMEOUT);
        JsonNode spins = api.json(api.get("/api/jobs/" + id + "/samples")).get("items").get(0).get("spins");

        HttpResponse<byte[]> gif = api.getBytes("/api/jobs/" + id + "/animation.gif?scale=4&fps=10");
        var frame = ImageIO.read(new ByteArrayInputStream(gif.body()));

        assertThat(frame.getWidth()).isEqualTo(20);
        assertThat(frame.getHeight()).isEqualTo(12);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                int expected = spins.get(r).get(c).asInt() > 0 ? 0xFFFFFF : 0x000000;
                assertThat(frame.getRGB(c * 4 + 3, r * 4 + 2) & 0xFFFFFF).as("pixel of spin (%d, %d)", r, c)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void hopfieldReferenceJobRecallsCat() {
        String id = api.submit(HOPFIELD_REFERENCE);
        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("samplesStored").asLong()).isEqualTo(1000);

        JsonNode last = api.json(api.get("/api/jobs/" + id + "/samples?offset=999&limit=1")).get("items").get(0);
        assertThat(last.get("step").asLong()).isEqualTo(20_000);
        byte[] cat = BuiltinPatterns.load("cat").orElseThrow().spins();
        long overlap = 0;
        for (int r = 0; r < 64; r++) {
            for (int c = 0; c < 64; c++) {
                overlap += cat[r * 64 + c] * last.get("spins").get(r).get(c).asInt();
            }
        }
        assertThat(Math.abs(overlap / 4096.0)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void hopfieldSamplesCarryOverlaps() {
        String id = api.submit("""
                {"model": {"type": "hopfield", "rows": 64, "cols": 64, "beta": 100.0, "patterns": ["cat"]},
                 "sampler": {"steps": 20000, "thin": 10000, "seed": 1}}""");
        api.awaitFinished(id, JOB_TIMEOUT);

        JsonNode sample = api.json(api.get("/api/jobs/" + id + "/samples?offset=1&includeSpins=false")).get("items").get(0);
        assertThat(sample.has("spins")).isFalse();
        assertThat(sample.get("overlaps").size()).isEqualTo(1);
        assertThat(Math.abs(sample.get("overlaps").get(0).asDouble())).isGreaterThanOrEqualTo(0.98);
        assertThat(sample.get("sweeps").asDouble()).isEqualTo(20000 / 4096.0);
    }

    @Test
    void sweepsSetRunLengthAndThinning() {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 16, "cols": 16, "coupling": 1.0, "beta": 0.3},
                 "sampler": {"sweeps": 300, "thin": 100, "seed": 2}}""");
        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);

        assertThat(job.get("unit").asString()).isEqualTo("sweeps");
        assertThat(job.get("totalSteps").asLong()).isEqualTo(300);
        assertThat(job.get("sweepsDone").asDouble()).isEqualTo(300.0);
        JsonNode items = api.json(api.get("/api/jobs/" + id + "/samples")).get("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(2).get("step").asLong()).isEqualTo(300);
        assertThat(items.get(2).get("sweeps").asDouble()).isEqualTo(300.0);

        JsonNode statistics = job.get("statistics");
        assertThat(statistics.get("energyPerSite").get("count").asLong()).isEqualTo(300);
        assertThat(statistics.get("absMagnetization").get("mean").asDouble()).isBetween(0.0, 1.0);
        assertThat(statistics.get("absMagnetization").get("standardError").asDouble()).isPositive();
        assertThat(statistics.get("energyPerSite").get("integratedAutocorrelationTime").asDouble()).isPositive();
        assertThat(statistics.get("energyPerSite").get("effectiveSampleSize").asDouble()).isPositive();
        assertThat(statistics.has("absOverlap")).isFalse();
        assertThat(statistics.get("energyPerSite").get("batchLength").asLong()).isPositive();
        assertThat(statistics.get("energyPerSite").get("errorReliable").isBoolean()).isTrue();
    }

    @Test
    void burnInSweepsAreLeftOutOfStatistics() {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 16, "cols": 16, "coupling": 1.0, "beta": 0.3},
                 "sampler": {"sweeps": 300, "thin": 100, "seed": 2, "burnInSweeps": 100}}""");
        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);

        assertThat(job.get("statistics").get("energyPerSite").get("count").asLong()).isEqualTo(200);
        assertThat(job.get("samplesStored").asLong()).isEqualTo(3);
        assertThat(job.get("spec").get("sampler").get("burnInSweeps").asLong()).isEqualTo(100);
    }

    @Test
    void longUncorrelatedRunHasReliableErrors() {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 16, "cols": 16, "coupling": 1.0, "beta": 0.1},
                 "sampler": {"algorithm": "heat-bath-sweep", "sweeps": 5000, "thin": 5000, "seed": 4}}""");
        JsonNode energy = api.awaitFinished(id, JOB_TIMEOUT).get("statistics").get("energyPerSite");

        assertThat(energy.get("errorReliable").asBoolean()).isTrue();
        assertThat(energy.get("integratedAutocorrelationTime").asDouble()).isLessThan(2.0);
    }

    @Test
    void largestLatticeRunsInDefaultHeap() throws IOException {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 4096, "cols": 4096, "coupling": 1.0, "beta": 0.44,
                           "boundary": "periodic"},
                 "sampler": {"algorithm": "multispin", "sweeps": 4, "thin": 2, "seed": 11}}""");

        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("samplesStored").asLong()).isEqualTo(2);

        JsonNode sample = api.json(api.get("/api/jobs/" + id + "/samples?offset=1")).get("items").get(0);
        assertThat(sample.get("sweeps").asDouble()).isEqualTo(4.0);
        assertSpinGrid(sample.get("spins"), 4096, 4096);
        HttpResponse<byte[]> gif = api.getBytes("/api/jobs/" + id + "/animation.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif.body()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
            assertThat(reader.getWidth(0)).isEqualTo(4096);
        }
    }

    @Test
    void everyAlgorithmRunsThroughService() {
        for (String algorithm : List.of("metropolis", "metropolis-sweep", "heat-bath", "heat-bath-sweep", "wolff",
                "multispin")) {
            String id = api.submit("""
                    {"model": {"type": "ising", "rows": 32, "cols": 128, "coupling": 1.0, "beta": 0.44,
                               "boundary": "periodic"},
                     "sampler": {"algorithm": "%s", "sweeps": 200, "thin": 50, "seed": 5}}""".formatted(algorithm));

            JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);
            assertThat(job.get("status").asString()).as(algorithm).isEqualTo("SUCCEEDED");
            assertThat(job.get("samplesStored").asLong()).as(algorithm).isEqualTo(4);
            assertThat(job.get("statistics").get("energyPerSite").get("count").asLong()).as(algorithm).isEqualTo(200);
            assertThat(job.get("spec").get("sampler").get("algorithm").asString()).isEqualTo(algorithm);
        }
    }

    @Test
    void sameSpecAndSeedGiveIdenticalSamples() {
        String spec = """
                {"model": {"type": "ising", "rows": 20, "cols": 30, "coupling": 1.0, "beta": 0.4, "boundary": "periodic"},
                 "sampler": {"steps": 60000, "thin": 1000, "seed": 99}}""";
        String first = api.submit(spec);
        String second = api.submit(spec);
        api.awaitFinished(first, JOB_TIMEOUT);
        api.awaitFinished(second, JOB_TIMEOUT);

        JsonNode firstItems = api.json(api.get("/api/jobs/" + first + "/samples?limit=60")).get("items");
        JsonNode secondItems = api.json(api.get("/api/jobs/" + second + "/samples?limit=60")).get("items");
        assertThat(firstItems.size()).isEqualTo(60);
        assertThat(secondItems).isEqualTo(firstItems);
    }

    @Test
    void omittedSeedIsChosenAndReported() {
        String id = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 8, \"cols\": 8}, \"sampler\": {\"steps\": 100, \"thin\": 10}}");
        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);

        assertThat(job.get("seed").isNumber()).isTrue();
        assertThat(job.get("spec").get("sampler").get("seed").asLong()).isEqualTo(job.get("seed").asLong());
        assertThat(job.get("spec").get("model").get("coupling").asDouble()).isEqualTo(100.0);
        assertThat(job.get("spec").get("model").get("boundary").asString()).isEqualTo("free");
    }

    @Test
    void jobsAreListedNewestFirst() {
        String older = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4}, \"sampler\": {\"steps\": 10, \"thin\": 10}}");
        String newer = api.submit("{\"model\": {\"type\": \"ising\", \"rows\": 4, \"cols\": 4}, \"sampler\": {\"steps\": 10, \"thin\": 10}}");

        JsonNode page = api.json(api.get("/api/jobs?page=0&size=2"));

        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(newer);
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(older);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void runningJobCanBeCancelledThenDeleted() {
        String id = api.submit("""
                {"model": {"type": "ising", "rows": 64, "cols": 64},
                 "sampler": {"steps": 100000000000, "thin": 10000000, "seed": 5}}""");

        HttpResponse<String> cancelled = api.post("/api/jobs/" + id + "/cancel", "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(api.json(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        JsonNode job = api.awaitFinished(id, JOB_TIMEOUT);
        assertThat(job.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.post("/api/jobs/" + id + "/cancel", "").statusCode()).isEqualTo(409);

        assertThat(api.delete("/api/jobs/" + id).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/jobs/" + id).statusCode()).isEqualTo(404);
    }

    private static void assertSpinGrid(JsonNode spins, int rows, int cols) {
        assertThat(spins.size()).isEqualTo(rows);
        for (JsonNode row : spins) {
            assertThat(row.size()).isEqualTo(cols);
            for (JsonNode spin : row) {
                assertThat(spin.asInt()).isIn(-1, 1);
            }
        }
    }

    private static String delayCentiseconds(IIOMetadata metadata) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_gif_image_1.0");
        return ((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime");
    }

    private static boolean loops(IIOMetadata metadata) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_gif_image_1.0");
        var extensions = root.getElementsByTagName("ApplicationExtension");
        for (int i = 0; i < extensions.getLength(); i++) {
            IIOMetadataNode extension = (IIOMetadataNode) extensions.item(i);
            byte[] data = (byte[]) extension.getUserObject();
            if ("NETSCAPE".equals(extension.getAttribute("applicationID")) && data[0] == 1 && data[1] == 0 && data[2] == 0) {
                return true;
            }
        }
        return false;
    }
}
