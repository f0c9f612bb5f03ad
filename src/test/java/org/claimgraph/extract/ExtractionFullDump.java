package org.claimgraph.extract;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.graph.GazetteerReader;

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

  private static List<Path> articleFiles(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          files.addAll(walk.filter(ArticleFileReader::isArticleFile).sorted().toList());
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static void print(PrintStream out, String label, List<?> items) {
    for (Object item : items) {
      out.println(label + " " + item);
    }
  }
}
