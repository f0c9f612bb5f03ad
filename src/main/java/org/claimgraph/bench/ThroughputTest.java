package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients on one SPARQL endpoint for a fixed time: each thread asks the questions in
 * turn; counts answers and errors (non-200 or exceptions).
 */
public final class ThroughputTest {

  /** What the clients achieved. */
  public record Result(int clients, double seconds, long answers, long errors) {
    public double perSecond() {
      return answers / seconds;
    }
  }

  private ThroughputTest() {}

  public static Result run(String endpoint, List<String> queries, int clients, double seconds)
      throws InterruptedException {
    AtomicLong answers = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Thread t =
          new Thread(
              () -> {
                SparqlHttpClient client = new SparqlHttpClient(endpoint);
                for (int i = offset; System.nanoTime() < end; i++) {
                  try {
                    if (client.ask(queries.get(i % queries.size())).ok()) {
                      answers.incrementAndGet();
                    } else {
                      errors.incrementAndGet();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
              },
              "bench-client-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(clients, elapsed, answers.get(), errors.get());
  }
}
