package org.claimgraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.store.ArticleLoader;
import org.claimgraph.vocab.Iris;

/**
 * Prints the graph each file maps to as sorted N-Triples, under a header line per file, with a
 * fixed load time and software version: made to be diffed before and after a change to extraction
 * or mapping that must not alter a single IRI or literal (the mapping side of {@code
 * ExtractionFullDump}). A tool to run by hand:
 *
 * <pre>java -cp target/classes:target/test-classes:CP org.claimgraph.graph.MappingFullDump \
 *   data/articles src/test/resources/gold/texts &gt; /tmp/before.nt</pre>
 */
public final class MappingFullDump {

  private MappingFullDump() {}

  public static void main(String[] args) throws Exception {
    ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.readBundled());
    ArticleGraphMapper mapper = new ArticleGraphMapper(Iris.standard(), "dump");
    ArticleFileReader reader = new ArticleFileReader();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (Path file : articleFiles(args)) {
      Graph g = mapper.map(extractor.extract(reader.read(file)), Instant.EPOCH);
      ByteArrayOutputStream nt = new ByteArrayOutputStream();
      RDFDataMgr.write(nt, g, RDFFormat.NTRIPLES_UTF8);
      String[] lines = nt.toString(StandardCharsets.UTF_8).split("\n");
      Arrays.sort(lines);
      out.println("== " + file + " (" + g.size() + " triples)");
      for (String line : lines) {
        out.println(line);
      }
    }
    out.flush();
  }

  /** The same files {@code claimgraph load} would read for these arguments. */
  private static List<Path> articleFiles(String[] args) throws Exception {
    return ArticleLoader.articleFiles(Arrays.stream(args).map(Path::of).toList());
  }
}
