package io.arangoconsole.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The sandbox's {@code POST /_admin/sandbox/faults} as a person would drive it with curl (root, basic auth). */
public final class FaultsApi {

    private final String url;
    private final String authorization;

    public FaultsApi(String url, String rootPassword) {
        this.url = url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("root:" + rootPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    public void stop(String server) {
        post("{\"action\":\"stop\",\"server\":\"" + server + "\"}");
    }

    public void start(String server) {
        post("{\"action\":\"start\",\"server\":\"" + server + "\"}");
    }

    /** The Coordinator accepts requests and answers none ({@code on}), or answers again. */
    public void hang(String coordinator, boolean on) {
        post("{\"action\":\"hang\",\"server\":\"" + coordinator + "\",\"on\":" + on + "}");
    }

    private void post(String body) {
        post("/_admin/sandbox/faults", body, 200);
    }

    /** Any root request with a JSON body, as curl would send it; fails unless the server answers {@code status}. */
    public void post(String path, String body, int status) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + path)).header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
