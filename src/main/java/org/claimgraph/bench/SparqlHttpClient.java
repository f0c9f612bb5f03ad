package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a SPARQL endpoint over HTTP, as any client would (form-encoded POST, CSV results read to the
 * end), and times each answer.
 */
public final class SparqlHttpClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  public SparqlHttpClient(String endpoint) {
    this.endpoint = URI.create(endpoint);
  }

  /** One answer: HTTP status, body length, time to the last byte. */
  public record Answer(int status, int bytes, double millis) {
    public boolean ok() {
      return status == 200;
    }
  }

  /** Asks {@code query} and reads the whole answer. */
  public Answer ask(String query) throws IOException, InterruptedException {
    HttpRequest request = post(query);
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    double millis = (System.nanoTime() - start) / 1e6;
    return new Answer(response.statusCode(), response.body().length, millis);
  }

  /**
   * The first value of the first row of a SELECT answer, or null when it has no rows; for finding
   * example values.
   */
  public String firstValue(String query) throws IOException, InterruptedException {
    HttpRequest request = post(query);
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + endpoint);
    }
    String[] lines = response.body().split("\r?\n");
    return lines.length > 1 && !lines[1].isBlank() ? lines[1].strip() : null;
  }

  private HttpRequest post(String query) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/csv")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .build();
  }

  /** Times {@code runs} answers to {@code query} after {@code warmup} untimed ones. */
  public Percentiles latency(String query, int warmup, int runs)
      throws IOException, InterruptedException {
    for (int i = 0; i < warmup; i++) {
      ask(query);
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      Answer a = ask(query);
      if (!a.ok()) {
        throw new IOException("HTTP " + a.status() + " from " + endpoint);
      }
      millis[i] = a.millis();
    }
    return Percentiles.of(millis);
  }
}
