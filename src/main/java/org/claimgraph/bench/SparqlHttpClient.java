package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Asks a SPARQL endpoint over HTTP, as any client would (form-encoded POST, CSV results read to the
 * end), and times each answer.
 */
public final class SparqlHttpClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final Duration patience;
  private final Duration limit;
  private final String limitParameter;

  public SparqlHttpClient(String endpoint) {
    this(endpoint, Duration.ofSeconds(120));
  }

  /**
   * @param patience how long to wait for one whole answer before giving up on it ({@link TooSlow})
   */
  public SparqlHttpClient(String endpoint, Duration patience) {
    this(endpoint, patience, patience, "");
  }

  private SparqlHttpClient(
      String endpoint, Duration patience, Duration limit, String limitParameter) {
    this.endpoint = URI.create(endpoint);
    this.patience = patience;
    this.limit = limit;
    this.limitParameter = limitParameter;
  }

  /**
   * A client that asks the server itself to stop working on a query after {@code limit}, with the
   * server's own form parameter (Virtuoso: {@code timeout=} milliseconds). Merely hanging up would
   * leave the server computing the abandoned answer while the next question is timed; on two cores
   * that slows the next answers. Virtuoso stops between 1 and 2 times the limit after the start
   * (measured: a 1 s limit answered after 2.0 s, 3 s after 7.3 s, 6 s after 10.3 s), so the client
   * waits twice the limit and a second. An answer that fails, or that the server marks as cut, once
   * the limit has passed is {@link TooSlow}.
   */
  public static SparqlHttpClient limited(String endpoint, Duration limit, String formParameter) {
    return new SparqlHttpClient(
        endpoint, limit.multipliedBy(2).plusSeconds(1), limit, "&" + formParameter);
  }

  /** No complete answer within the time allowed. */
  public static final class TooSlow extends IOException {
    private final Duration limit;

    TooSlow(Duration limit) {
      super("no complete answer within " + limit.toMillis() + " ms");
      this.limit = limit;
    }

    public Duration limit() {
      return limit;
    }
  }

  /**
   * One answer: HTTP status, body length, time to the last byte, and whether the server said it cut
   * the answer short (Virtuoso's "anytime" answers carry an {@code X-SQL-State} header).
   */
  public record Answer(int status, int bytes, double millis, boolean cut) {
    public boolean ok() {
      return status == 200 && !cut;
    }
  }

  /** Asks {@code query} and reads the whole answer. */
  public Answer ask(String query) throws IOException, InterruptedException {
    HttpRequest request = post(query);
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new TooSlow(patience);
    }
    double millis = (System.nanoTime() - start) / 1e6;
    boolean cut = response.headers().firstValue("X-SQL-State").isPresent();
    return new Answer(response.statusCode(), response.body().length, millis, cut);
  }

  /**
   * The first value of the first row of a SELECT answer, or null when it has no rows; for finding
   * example values.
   */
  public String firstValue(String query) throws IOException, InterruptedException {
    return firstColumn(query).stream().findFirst().orElse(null);
  }

  /** The first column of every row of a SELECT answer, for choosing example values. */
  public List<String> firstColumn(String query) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(post(query), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + endpoint);
    }
    return Arrays.stream(response.body().split("\r?\n"))
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.contains(",") ? l.substring(0, l.indexOf(',')) : l)
        .map(String::strip)
        .toList();
  }

  private HttpRequest post(String query) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(patience)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/csv")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + limitParameter))
        .build();
  }

  /**
   * Times up to {@code runs} answers to {@code query} after up to {@code warmup} untimed ones,
   * spending at most about {@code budgetMillis} on the question: a question that takes seconds is
   * timed fewer times (at least once) instead of holding up the whole benchmark, which asks dozens
   * of questions at each size, and one whose first answer takes a quarter of the budget is timed
   * from that answer, without warm-up. The samples taken are in {@link Percentiles#samples()}.
   */
  public Percentiles latency(String query, int warmup, int runs, double budgetMillis)
      throws IOException, InterruptedException {
    double spent = 0;
    double[] millis = new double[runs];
    int taken = 0;
    for (int i = 0; i < warmup && (i == 0 || spent < budgetMillis / 2); i++) {
      double m = answered(query).millis();
      spent += m;
      if (i == 0 && m >= budgetMillis / 4 && runs > 0) {
        // An answer that takes a quarter of the budget is timed from the first: a warm cache
        // changes such an answer little, and warming it up would cost as much as timing it.
        millis[taken++] = m;
        break;
      }
    }
    while (taken < runs && (taken == 0 || spent < budgetMillis)) {
      double m = answered(query).millis();
      millis[taken++] = m;
      spent += m;
    }
    return Percentiles.of(Arrays.copyOf(millis, taken));
  }

  private Answer answered(String query) throws IOException, InterruptedException {
    Answer a = ask(query);
    if (!a.ok() && (a.cut() || a.millis() >= limit.toMillis())) {
      throw new TooSlow(limit);
    }
    if (!a.ok()) {
      throw new IOException("HTTP " + a.status() + " from " + endpoint);
    }
    return a;
  }
}
