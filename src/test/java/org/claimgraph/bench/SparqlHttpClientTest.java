package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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

  private String endpointAnsweringAfter(long millis) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/sparql",
        exchange -> {
          asked.incrementAndGet();
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = "s\r\nhttp://example.org/a\r\n".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
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
    assertEquals(1, p.samples());
    assertEquals(2, asked.get(), "one warm-up (it took over half the budget) and one timed answer");
  }

  @Test
  void anAnswerSlowerThanThePatienceIsAnError() throws Exception {
    SparqlHttpClient client =
        new SparqlHttpClient(endpointAnsweringAfter(3_000), Duration.ofMillis(200));
    assertThrows(IOException.class, () -> client.latency("SELECT * {}", 0, 1, 60_000));
  }
}
