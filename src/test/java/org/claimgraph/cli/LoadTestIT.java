package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test over loopback: many clients asking the named questions in {@code queries/}
 * for a fixed time while one client keeps sending the runaway query. Every well-formed question
 * must be answered; each runaway must be cut off. Prints latency percentiles.
 *
 * <p>Clients and duration: {@code -Dclaimgraph.load.clients=16 -Dclaimgraph.load.seconds=30}.
 */
class LoadTestIT {

  private static final int CLIENTS = Integer.getInteger("claimgraph.load.clients", 16);
  private static final int SECONDS = Integer.getInteger("claimgraph.load.seconds", 30);

  @TempDir Path work;

  @Test
  void namedQuestionsUnderLoadWithARunaway() throws Exception {
    List<String> questions = new ArrayList<>();
    try (Stream<Path> files = Files.list(CliProcess.PROJECT.resolve("queries"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        questions.add(Files.readString(f));
      }
    }
    assertTrue(questions.size() >= 5, "the named questions");
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work,
            Duration.ofSeconds(120),
            "--store",
            work.resolve("store").toString(),
            "serve",
            "--port",
            "0")) {
      String base = server.baseUrl;
      long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
      ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger runawaysCut = new AtomicInteger();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        threads.add(
            new Thread(
                () -> {
                  int i = client;
                  while (System.nanoTime() < end) {
                    String q = questions.get(i++ % questions.size());
                    long t = System.nanoTime();
                    try {
                      HttpResponse<String> r = HttpCalls.query(base, q);
                      if (r.statusCode() != 200) {
                        failures.add(r.statusCode() + " " + r.body());
                      }
                    } catch (Exception e) {
                      failures.add(e.toString());
                    }
                    millis.add((System.nanoTime() - t) / 1_000_000);
                  }
                }));
      }
      threads.add(
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    HttpResponse<String> r = HttpCalls.query(base, HttpCalls.RUNAWAY);
                    if (r.statusCode() == 503) {
                      runawaysCut.incrementAndGet();
                    } else {
                      failures.add("runaway answered " + r.statusCode());
                    }
                  } catch (Exception e) {
                    failures.add("runaway: " + e);
                  }
                }
              }));
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join(Duration.ofSeconds(SECONDS + 90).toMillis());
      }
      List<Long> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      assertTrue(failures.isEmpty(), failures.size() + " failed: " + failures.peek());
      assertTrue(runawaysCut.get() >= 1, "the runaway was cut off");
      assertTrue(sorted.size() > CLIENTS, "requests answered: " + sorted.size());
      System.out.printf(
          "load test: %d clients + 1 runaway for %d s: %d questions answered (%.0f/s), 0 failed;"
              + " latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d runaways cut off%n",
          CLIENTS,
          SECONDS,
          sorted.size(),
          sorted.size() / (double) SECONDS,
          pct(sorted, 0.50),
          pct(sorted, 0.95),
          pct(sorted, 0.99),
          sorted.get(sorted.size() - 1),
          runawaysCut.get());
      assertEquals(0, failures.size());
    }
  }

  private static long pct(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
  }
}
