package org.mrfsampler.job;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talk to the running service the way users do. */
final class ApiClient {

    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** Submits a spec, expecting 202, and returns the job id. */
    String submit(String spec) {
        HttpResponse<String> response = post("/api/jobs", spec);
        if (response.statusCode() != 202) {
            throw new AssertionError("expected 202 for " + spec + " but got " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asString();
    }

    /** Polls a job until it has finished and returns its final resource. */
    JsonNode awaitFinished(String id, Duration timeout) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = json(get("/api/jobs/" + id));
            return FINISHED.contains(last[0].get("status").asString());
        });
        return last[0];
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException("request to the service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }
}
