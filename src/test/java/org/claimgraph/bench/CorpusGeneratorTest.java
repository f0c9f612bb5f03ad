package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus generator: deterministic by seed, and its files read as articles. */
class CorpusGeneratorTest {

  private static Gazetteer gazetteer;
  private static CorpusGenerator generator;

  @BeforeAll
  static void gazetteer() throws Exception {
    gazetteer = GazetteerReader.read(Path.of("data/gazetteer"));
    generator = new CorpusGenerator(gazetteer);
  }

  @Test
  void theSameSeedGivesTheSameArticlesWhateverTheCorpusSize() {
    assertEquals(generator.article(3, 7), new CorpusGenerator(gazetteer).article(3, 7));
    assertNotEquals(generator.article(3, 7).text(), generator.article(3, 8).text());
    assertNotEquals(generator.article(3, 7).text(), generator.article(4, 7).text());
  }

  @Test
  void filesParseAsArticlesWithSidecarsAndYieldClaims(@TempDir Path dir) throws Exception {
    generator.write(20, dir, 1);
    ArticleFileReader reader = new ArticleFileReader();
    ArticleExtractor extractor = new ArticleExtractor(gazetteer);
    int claims = 0;
    for (int i = 0; i < 20; i++) {
      Path file = dir.resolve(String.format("report-%06d.txt", i));
      assertTrue(Files.isRegularFile(ArticleFileReader.sidecarOf(file)));
      ArticleSource source = reader.read(file);
      assertTrue(source.metadata().published().isPresent(), "the sidecar gives a date");
      assertFalse(source.text().isBlank());
      claims += extractor.extract(source).claims().size();
    }
    assertTrue(claims >= 20, "templates are written so that claims are found: " + claims);
  }
}
