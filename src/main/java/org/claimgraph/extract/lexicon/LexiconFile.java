package org.claimgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon resource: one entry a line, tab-separated columns, {@code #} starts a comment
 * line, blank lines ignored. Lexicons ship in the jar under {@code claimgraph/lexicon/}.
 */
public final class LexiconFile {

  private LexiconFile() {}

  /** The rows of {@code claimgraph/lexicon/NAME}, each split on tabs and trimmed. */
  public static List<String[]> rows(String name) {
    String path = "claimgraph/lexicon/" + name;
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Lexicon missing from the class path: " + path);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + path, e);
    }
    return rows;
  }

  /** The first column of every row. */
  public static List<String> words(String name) {
    return rows(name).stream().map(r -> r[0]).toList();
  }
}
