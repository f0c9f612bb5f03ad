package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the report shows what the peer could not answer in time, and what it was not asked. */
class BenchReportTest {

  @Test
  void aCutPeerAnswerIsABoundAndAFormWeCouldNotAnswerIsNotAsked() {
    BenchReport report = new BenchReport();
    report.serve(
        1000,
        2.0,
        900,
        "1g",
        Map.of("slow.rq", new Percentiles(1300, 1400, 5), "fast.rq", new Percentiles(10, 12, 5)));
    report.peer(
        1000,
        4.1,
        1400,
        Map.of("fast.rq", new Percentiles(20, 25, 5)),
        Map.of("slow.rq", Duration.ofMillis(3900)));
    String md = report.markdown();
    assertTrue(md.contains("| slow.rq | 1300.0 / 1400.0 | > 3.9 s (cut) | < 0.33 |"), md);
    assertTrue(md.contains("| fast.rq | 10.0 / 12.0 | 20.0 / 25.0 | 0.50 |"), md);
  }

  @Test
  void theWholePlanIsReportedInMinutes() {
    BenchReport report = new BenchReport();
    report.wholePlan(845);
    assertTrue(report.markdown().contains("Whole plan: 845 s (14.1 min)"), report.markdown());
  }
}
