package org.claimgraph.extract;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.store.ArticleLoader;

/**
 * Prints every item the extractor produces (sentences, entities, mentions, affiliations, place
 * relations, claims, assessments, events, quantities, dates), one record per line with its offsets,
 * for files and folders given. Made to be diffed before and after a change that must not alter the
 * output, such as a speed-up. A tool to run by hand:
 *
 * <pre>java -cp target/classes:target/test-classes:CP org.claimgraph.extract.ExtractionFullDump \
 *   data/articles src/test/resources/gold/texts &gt; /tmp/before.txt</pre>
 */
public final class ExtractionFullDump {

  private ExtractionFullDump() {}

  public static void main(String[] args) throws Exception {
    ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.readBundled());
    ArticleFileReader reader = new ArticleFileReader();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (Path file : articleFiles(args)) {
      ExtractedArticle a = extractor.extract(reader.read(file));
      out.println("== " + file);
      out.println("title " + a.title() + " subtitle " + a.subtitle());
      print(out, "paragraph", a.paragraphs());
      print(out, "sentence", a.sentences());
      print(out, "entity", a.entities());
      print(out, "mention", a.mentions());
      print(out, "affiliation", a.affiliations());
      print(out, "place-relation", a.placeRelations());
      print(out, "claim", a.claims());
      print(out, "assessment", a.assessments());
      print(out, "event", a.events());
      print(out, "quantity", a.quantities());
      print(out, "time", a.timeExpressions());
    }
    out.flush();
  }

  /** The same files {@code claimgraph load} would read for these arguments. */
  private static List<Path> articleFiles(String[] args) throws Exception {
    return ArticleLoader.articleFiles(Arrays.stream(args).map(Path::of).toList());
  }

  private static void print(PrintStream out, String label, List<?> items) {
    for (Object item : items) {
      out.println(label + " " + item);
    }
  }
}
