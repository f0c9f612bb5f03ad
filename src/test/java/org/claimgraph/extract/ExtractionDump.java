package org.claimgraph.extract;

import java.nio.file.Path;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.graph.GazetteerReader;

/**
 * Prints what the extractor finds in an article (claims with claimant, cue and words; assessments),
 * for a developer tuning rules on texts they write. A tool to run by hand:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.claimgraph.extract.ExtractionDump -Dexec.args=FILE</pre>
 */
public final class ExtractionDump {

  private ExtractionDump() {}

  public static void main(String[] args) throws Exception {
    ArticleExtractor extractor =
        new ArticleExtractor(GazetteerReader.read(Path.of("data/gazetteer")));
    for (String arg : args) {
      ExtractedArticle a = extractor.extract(new ArticleFileReader().read(Path.of(arg)));
      System.out.println("== " + arg);
      for (Claim c : a.claims()) {
        System.out.printf(
            "claim %d  %s [%s] %s: %s  about=%s%n",
            c.index(),
            c.claimantKey().orElse(c.claimantKind() + ":" + a.quote(c.claimantSpan())),
            c.cue(),
            c.stance(),
            a.quote(c.content()),
            c.aboutKeys());
      }
      if (Boolean.getBoolean("dump.mentions")) {
        a.mentions()
            .forEach(m -> System.out.printf("mention %s %s%n", m.entityKey(), a.quote(m.span())));
      }
      for (var e : a.entities()) {
        System.out.printf("entity %s %s %s %s%n", e.key(), e.type(), e.label(), e.aliases());
      }
      for (Event e : a.events()) {
        System.out.printf(
            "event %d %s agent=%s places=%s%s: %s%n",
            e.index(),
            e.type(),
            e.agentKey().orElse("-"),
            e.placeKeys(),
            e.reportedByClaim().isPresent()
                ? " (in claim " + e.reportedByClaim().getAsInt() + ")"
                : "",
            a.quote(e.trigger()));
      }
      for (Assessment s : a.assessments()) {
        System.out.printf(
            "assessment %s on claim %s by %s: %s%n",
            s.value(),
            s.claimIndex(),
            s.authorKey().orElse(s.authorKind().name()),
            a.quote(s.evidence()));
      }
    }
  }
}
