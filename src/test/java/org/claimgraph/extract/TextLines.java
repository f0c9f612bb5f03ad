package org.claimgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every line of the sample, gold and development texts: what the gate tests check each shortcut
 * against, so that a word a pattern needs but its gate lacks shows as soon as a text uses it.
 */
public final class TextLines {

  private static final List<String> DIRS =
      List.of(
          "data/articles", "src/test/resources/gold/texts", "src/test/resources/gold-dev/texts");

  private TextLines() {}

  public static List<String> ofSampleGoldAndDev() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String dir : DIRS) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
      }
    }
    return lines;
  }
}
