package org.claimgraph.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated lexicon from the classpath ({@code claimgraph/lexicon/NAME}): one entry a
 * line, {@code #} starts a comment line, blank lines are skipped. Analysts extend lexicons by
 * editing these files.
 */
final class LexiconFile {

  private LexiconFile() {}

  /** The rows of the lexicon, each split on tabs. */
  static List<String[]> rows(String name) {
    String resource = "/claimgraph/lexicon/" + name;
    try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lexicon " + resource + " is missing from the classpath");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.strip().split("\t"));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
  }
}
