package org.mrfsampler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Runs jobs through the real HTTP server against PostgreSQL, with the Flyway schema used in production. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PostgresIntegrationTest {

    private static final PostgresDatabase DATABASE = new PostgresDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.flyway.schemas", DATABASE::schema);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        DATABASE.close();
    }

    @LocalServerPort
    private int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void isingReferenceJobRunsOnPostgres() throws IOException {
        String id = api.submit(JobApiIntegrationTest.ISING_REFERENCE);

        JsonNode job = api.awaitFinished(id, Duration.ofMinutes(1));
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("samplesStored").asLong()).isEqualTo(1500);

        JsonNode page = api.json(api.get("/api/jobs/" + id + "/samples?offset=1498&limit=10"));
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("items").get(1).get("step").asLong()).isEqualTo(150_000);

        HttpResponse<byte[]> gif = api.getBytes("/api/jobs/" + id + "/animation.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif.body()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(1500);
        }
    }

    @Test
    void hopfieldJobRunsOnPostgres() {
        String spec = """
                {"model": {"type": "hopfield", "rows": 64, "cols": 64, "beta": 100.0, "patterns": ["cat"]},
                 "sampler": {"steps": 20000, "thin": 2000, "seed": 4}}""";
        String id = api.submit(spec);
        JsonNode job = api.awaitFinished(id, Duration.ofMinutes(1));
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");

        JsonNode items = api.json(api.get("/api/jobs/" + id + "/samples")).get("items");
        assertThat(items.size()).isEqualTo(10);
        for (JsonNode sample : items) {
            assertThat(sample.get("spins").size()).isEqualTo(64);
            assertThat(sample.get("overlaps").size()).isEqualTo(1);
        }
        assertThat(job.get("statistics").get("absOverlap").get("count").asLong()).isEqualTo(4);
        assertThat(api.delete("/api/jobs/" + id).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/jobs/" + id + "/samples").statusCode()).isEqualTo(404);
    }
}
