package org.claimgraph.extract.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** The readable report shows each finding with its words, offsets and what the text says of it. */
class ExtractionReportTest {

  private static String report(String text) throws Exception {
    ArticleMetadata meta =
        new ArticleMetadata(
            Optional.empty(),
            Optional.empty(),
            Optional.of("Newswire"),
            Optional.of(LocalDate.of(2021, 7, 10)),
            Optional.of("exact"),
            Optional.of("en"),
            Optional.empty());
    return ExtractionReport.of(
        new ArticleExtractor(GazetteerReader.readBundled())
            .extract(new ArticleSource("t", Path.of("t.txt"), text, "0", meta)));
  }

  @Test
  void claimsCarryTheirAssessmentsAndEventsTheirArgumentsDatesAndOffsets() throws Exception {
    String r =
        report(
            "Taliban take Islam Qala\n\nThe Taliban said on Friday they controlled about 85% of"
                + " Afghanistan, a claim that could not be independently verified.\n\nTaliban"
                + " fighters captured the Islam Qala crossing on Thursday. The crossing earns"
                + " around $20 million a month.\n");
    assertTrue(r.contains("   publisher  Newswire\n"), r);
    assertTrue(r.contains("   published  2021-07-10\n"), r);
    assertTrue(r.matches("(?s).*ARMED_GROUP\\s+Taliban.*"), r);
    assertTrue(r.contains("Taliban — said, ASSERTS (\"on Friday\" = 2021-07-09)"), r);
    assertTrue(r.contains("proposition: Taliban controls about 85% of Afghanistan"), r);
    assertTrue(r.contains("assessed CANNOT_BE_VERIFIED by the report"), r);
    assertTrue(
        r.matches("(?s).*CAPTURE  agent: Taliban  place: Islam Qala  time: \"on Thursday\".*"), r);
    assertTrue(
        r.contains("MONEY      about 20,000,000 USD per month  \"around $20 million a month\""), r);
    assertTrue(r.contains("PROPORTION about 85%"), r);
    assertTrue(r.matches("(?s).*\"on Thursday\" = 2021-07-08  @\\d+-\\d+.*"), r);
  }

  @Test
  void anUnknownDateSaysRelativeDatesStayUnresolved() throws Exception {
    String r =
        ExtractionReport.of(
            new ArticleExtractor(GazetteerReader.readBundled())
                .extract(
                    new ArticleSource(
                        "t",
                        Path.of("t.txt"),
                        "Headline\n\nThe army said on Friday that the road was open.\n",
                        "0",
                        ArticleMetadata.empty())));
    assertTrue(r.contains("published  (unknown: relative dates unresolved)"), r);
    assertTrue(r.contains("\"on Friday\" (unresolved)"), r);
  }
}
