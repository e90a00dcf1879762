package org.mrfsampler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:job-api;DB_CLOSE_DELAY=-1")
class ApiDocumentationTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode document = JsonMapper.builder().build().readTree(get("/v3/api-docs").body());
        JsonNode paths = document.get("paths");

        assertThat(paths.has("/api/jobs")).isTrue();
        assertThat(paths.get("/api/jobs").has("post")).isTrue();
        assertThat(paths.get("/api/jobs").has("get")).isTrue();
        assertThat(paths.get("/api/jobs/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/jobs/{id}").has("delete")).isTrue();
        assertThat(paths.get("/api/jobs/{id}/cancel").has("post")).isTrue();
        assertThat(paths.get("/api/jobs/{id}/samples").has("get")).isTrue();

        JsonNode gif = paths.get("/api/jobs/{id}/animation.gif").get("get").get("responses");
        assertThat(gif.get("200").get("content").has("image/gif")).isTrue();
        assertThat(gif.get("404").get("content").has("application/problem+json")).isTrue();
        JsonNode submit = paths.get("/api/jobs").get("post").get("responses");
        assertThat(submit.has("202")).isTrue();
        assertThat(submit.get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(document.get("components").get("schemas").has("JobSpec")).isTrue();
        assertThat(schemaOf(paths.get("/api/jobs").get("post").get("responses").get("202"))).endsWith("/JobResponse");
        assertThat(schemaOf(paths.get("/api/jobs").get("get").get("responses").get("200"))).endsWith("/JobPage");
        assertThat(schemaOf(paths.get("/api/jobs/{id}").get("get").get("responses").get("200"))).endsWith("/JobResponse");
        assertThat(schemaOf(paths.get("/api/jobs/{id}/samples").get("get").get("responses").get("200")))
                .endsWith("/SamplePage");
    }

    private static String schemaOf(JsonNode response) {
        return response.get("content").get("application/json").get("schema").get("$ref").asString();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> page = get("/swagger-ui.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
