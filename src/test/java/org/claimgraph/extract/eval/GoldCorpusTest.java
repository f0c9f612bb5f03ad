package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the hand-made gold corpora (the tuning set and the held-out set): every file parses, every
 * quote is an exact substring of its text (the reader locates each one and fails on typos or
 * ambiguous quotes), every text has its metadata.
 */
class GoldCorpusTest {

  /** The tuning set and the held-out sets: every folder whose files the tests below check. */
  static Stream<String> goldSets() {
    return Stream.of(
        "src/test/resources/gold",
        "src/test/resources/gold-heldout",
        "src/test/resources/gold-heldout-2",
        "src/test/resources/gold-heldout-3",
        "src/test/resources/gold-heldout-4");
  }

  private static List<GoldDocument> corpus(String dir) {
    return new GoldReader().readAll(Path.of(dir));
  }

  @ParameterizedTest
  @MethodSource("goldSets")
  void everyGoldFileReadsWithItsQuotesLocated(String dir) {
    List<GoldDocument> corpus = corpus(dir);
    assertTrue(corpus.size() >= 5, dir + " has at least five texts");
    for (GoldDocument d : corpus) {
      assertFalse(d.entities().isEmpty(), d.name());
      assertFalse(d.claims().isEmpty(), d.name());
      d.claims().forEach(c -> assertEquals(c.quote(), c.at().quote(d.text()), d.name()));
      d.assessments()
          .forEach(a -> assertEquals(a.claimQuote(), a.claimAt().quote(d.text()), d.name()));
      d.events().forEach(e -> assertEquals(e.quote(), e.at().quote(d.text()), d.name()));
    }
  }

  /**
   * The development set (gold-dev/) must read too: a typo there would silently skew its figures.
   */
  @Test
  void theDevelopmentSetReadsWithItsQuotesLocated() {
    List<GoldDocument> dev = new GoldReader().readAll(Path.of("src/test/resources/gold-dev"));
    assertTrue(dev.size() >= 4, "the development set has at least four texts");
    for (GoldDocument d : dev) {
      d.claims().forEach(c -> assertEquals(c.quote(), c.at().quote(d.text()), d.name()));
      d.events().forEach(e -> assertEquals(e.quote(), e.at().quote(d.text()), d.name()));
    }
  }

  @ParameterizedTest
  @MethodSource("goldSets")
  void everyTextHasAGoldFileAndMetadata(String dir) throws IOException {
    Path gold = Path.of(dir);
    Set<String> golds = new HashSet<>(corpus(dir).stream().map(GoldDocument::name).toList());
    try (Stream<Path> texts = Files.list(gold.resolve("texts"))) {
      for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = text.getFileName().toString().replace(".txt", "");
        assertTrue(golds.contains(name), name + " has no gold file");
        Path meta = text.resolveSibling(name + ".meta.json");
        JsonObject json = JsonParser.parseString(Files.readString(meta)).getAsJsonObject();
        for (String key : List.of("url", "title", "publisher", "published", "language")) {
          assertTrue(json.has(key), meta + " lacks " + key);
        }
        String title = Files.readString(text).lines().findFirst().orElse("");
        assertEquals(json.get("title").getAsString(), title, meta + ": title is the first line");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("goldSets")
  void eachTextIsAShortNewsReport(String dir) {
    for (GoldDocument d : corpus(dir)) {
      int words = d.text().split("\\s+").length;
      assertTrue(words >= 250 && words <= 900, d.name() + " has " + words + " words");
    }
  }

  @ParameterizedTest
  @MethodSource("goldSets")
  void aGoldDocumentScoresPerfectlyAgainstItself(String dir) {
    Scorer scorer = new Scorer();
    for (GoldDocument d : corpus(dir)) {
      EvalReport report = scorer.score(d, GoldAsPredictions.of(d));
      for (KindScore s : report.scores()) {
        assertEquals(1.0, s.f1(), 1e-9, d.name() + "\n" + report.table());
      }
    }
  }
}
