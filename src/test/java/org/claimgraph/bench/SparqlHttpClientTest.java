package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's client spends a bounded time on a slow question and gives up on an answer that
 * takes longer than its patience. The endpoint is a plain HTTP server on loopback that answers
 * after a set delay: what is tested is the client's counting, not a SPARQL store.
 */
class SparqlHttpClientTest {

  private HttpServer server;
  private final AtomicInteger asked = new AtomicInteger();

  private final AtomicReference<String> lastBody = new AtomicReference<>();

  private String endpointAnsweringAfter(long millis) throws IOException {
    return endpoint(millis, 200, false);
  }

  /** An endpoint that answers {@code status} after {@code millis}, marked as cut when told. */
  private String endpoint(long millis, int status, boolean markedCut) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/sparql",
        exchange -> {
          asked.incrementAndGet();
          lastBody.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          if (markedCut) {
            exchange.getResponseHeaders().add("X-SQL-State", "S1TAT");
          }
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = "s\r\nhttp://example.org/a\r\n".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aFastQuestionIsTimedAsOftenAsAsked() throws Exception {
    SparqlHttpClient client = new SparqlHttpClient(endpointAnsweringAfter(0));
    Percentiles p = client.latency("SELECT * {}", 2, 5, 60_000);
    assertEquals(5, p.samples());
    assertEquals(7, asked.get(), "two warm-ups and five timed answers");
  }

  @Test
  void aSlowQuestionStopsOnceItsBudgetIsSpentButIsTimedAtLeastOnce() throws Exception {
    SparqlHttpClient client = new SparqlHttpClient(endpointAnsweringAfter(300));
    Percentiles p = client.latency("SELECT * {}", 2, 5, 500);
    // Two answers of 300 ms spend the budget; one does when the machine is busy enough to slow the
    // first past 500 ms. Either way it is timed, and never warmed up.
    assertTrue(p.samples() >= 1 && p.samples() <= 2, "samples: " + p.samples());
    assertEquals(
        p.samples(),
        asked.get(),
        "no warm-up (the first answer took over a quarter of the budget)");
  }

  @Test
  void aQuestionSlowerThanAQuarterOfTheBudgetIsTimedFromItsFirstAnswer() throws Exception {
    SparqlHttpClient client = new SparqlHttpClient(endpointAnsweringAfter(300));
    Percentiles p = client.latency("SELECT * {}", 2, 5, 1_000);
    // No warm-up: every answer is a sample, the first one too. How many fit in the budget depends
    // on how busy the machine is (at most four answers of 300 ms), so only the bounds are exact.
    assertEquals(asked.get(), p.samples(), "timed from the first answer, without warm-ups");
    assertTrue(
        asked.get() >= 2 && asked.get() <= 4, "asked again until the budget was spent: " + asked);
  }

  @Test
  void anAnswerSlowerThanThePatienceIsAnError() throws Exception {
    SparqlHttpClient client =
        new SparqlHttpClient(endpointAnsweringAfter(3_000), Duration.ofMillis(200));
    assertThrows(IOException.class, () -> client.latency("SELECT * {}", 0, 1, 60_000));
  }

  @Test
  void aLimitedClientTellsTheServerItsLimit() throws Exception {
    SparqlHttpClient client =
        SparqlHttpClient.limited(
            endpointAnsweringAfter(0), Duration.ofMillis(1500), "timeout=1500");
    client.latency("SELECT * {}", 0, 1, 60_000);
    assertTrue(lastBody.get().endsWith("&timeout=1500"), lastBody.get());
  }

  @Test
  void aFailureAfterTheLimitIsTooSlowButOneBeforeItIsAFailure() throws Exception {
    SparqlHttpClient late =
        SparqlHttpClient.limited(endpoint(300, 500, false), Duration.ofMillis(200), "timeout=200");
    assertThrows(SparqlHttpClient.TooSlow.class, () -> late.latency("SELECT * {}", 0, 1, 60_000));
    stop();
    SparqlHttpClient early =
        SparqlHttpClient.limited(endpoint(0, 500, false), Duration.ofMillis(2000), "timeout=2000");
    IOException e =
        assertThrows(IOException.class, () -> early.latency("SELECT * {}", 0, 1, 60_000));
    assertTrue(!(e instanceof SparqlHttpClient.TooSlow), e.toString());
  }

  @Test
  void anAnswerTheServerMarksAsCutIsTooSlowEvenWithStatus200() throws Exception {
    SparqlHttpClient client =
        SparqlHttpClient.limited(endpoint(0, 200, true), Duration.ofMillis(2000), "timeout=2000");
    assertThrows(SparqlHttpClient.TooSlow.class, () -> client.latency("SELECT * {}", 0, 1, 60_000));
  }

  @Test
  void thePeerIsAllowedThreeTimesOurTimeWithinTwoAndTenSeconds() {
    assertEquals(2_000, BenchRunner.peerLimit(new Percentiles(10, 12, 5)).toMillis());
    assertEquals(3_900, BenchRunner.peerLimit(new Percentiles(1_300, 1_400, 5)).toMillis());
    assertEquals(10_000, BenchRunner.peerLimit(new Percentiles(9_000, 9_000, 1)).toMillis());
  }
}
