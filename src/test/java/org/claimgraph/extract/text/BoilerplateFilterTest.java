package org.claimgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.junit.jupiter.api.Test;

/** The rows tried as one alternation say what the rows tried one by one say. */
class BoilerplateFilterTest {

  private final BoilerplateFilter filter = new BoilerplateFilter();

  @Test
  void agreesWithTheRowsOneByOneOnEveryLineOfTheSampleAndGoldTexts() throws Exception {
    List<Pattern> rows =
        LexiconFile.words("boilerplate.tsv").stream()
            .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
    List<String> lines = new ArrayList<>(List.of("Read also: more", "Share", "© 2021 Outlet", ""));
    for (String dir : List.of("data/articles", "src/test/resources/gold/texts")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          String text = Files.readString(f);
          lines.addAll(List.of(text.split("\n")));
          lines.addAll(List.of(text.split("\n\\s*\n")));
        }
      }
    }
    int boilerplate = 0;
    for (String line : lines) {
      String s = line.strip();
      boolean expected = rows.stream().anyMatch(p -> p.matcher(s).lookingAt());
      assertEquals(expected, filter.isBoilerplate(line), line);
      boilerplate += expected ? 1 : 0;
    }
    assertTrue(boilerplate > 0);
  }

  @Test
  void readsAFewKnownLines() {
    assertTrue(filter.isBoilerplate("  Read also: the talks resume"));
    assertTrue(filter.isBoilerplate("(Reporting by A. Writer; editing by B. Editor)"));
    assertFalse(filter.isBoilerplate("The ministry said the talks would resume."));
  }
}
