package org.claimgraph.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCheckTest {

  static final String FRENCH_TEXT =
      "Les talibans ont pris le poste frontière\n\n"
          + "Les talibans ont pris le contrôle du poste frontière d'Islam Qala, selon des responsables"
          + " afghans. Un porte-parole du gouvernement a déclaré que les forces de sécurité avaient"
          + " quitté la ville vendredi, mais il a nié que les combattants contrôlaient toute la"
          + " province. Les informations n'ont pas pu être vérifiées de manière indépendante. Des"
          + " témoins ont affirmé que des centaines de camions étaient bloqués à la frontière avec"
          + " l'Iran, et que les douaniers avaient fui vers la ville voisine.\n";

  @TempDir Path dir;

  @Test
  void frenchIsRefusedWhetherDeclaredOrDetected() throws Exception {
    assertTrue(
        LanguageCheck.problem(FRENCH_TEXT, Optional.empty()).orElseThrow().contains("English"));
    assertTrue(
        LanguageCheck.problem("Short text.", Optional.of("fr"))
            .orElseThrow()
            .contains("declares language \"fr\""));
  }

  @Test
  void aDeclaredEnglishTagWinsOverDetection() {
    assertEquals(Optional.empty(), LanguageCheck.problem(FRENCH_TEXT, Optional.of("en")));
    assertEquals(Optional.empty(), LanguageCheck.problem(FRENCH_TEXT, Optional.of("en-GB")));
  }

  @Test
  void everyEnglishTextOfTheProjectPasses() throws Exception {
    List<Path> texts;
    try (Stream<Path> a = Files.list(Path.of("data/articles"));
        Stream<Path> b = Files.list(Path.of("src/test/resources/gold/texts"))) {
      texts = Stream.concat(a, b).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(texts.size() >= 6, texts.toString());
    for (Path text : texts) {
      assertEquals(
          Optional.empty(),
          LanguageCheck.problem(Files.readString(text), Optional.empty()),
          text.toString());
    }
  }

  @Test
  void theReaderRefusesALongLineAndNamesIt() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("long.txt"),
            "Title\n\n" + "word ".repeat(ArticleFileReader.MAX_LINE_CHARS / 5 + 1) + "\n");
    String problem =
        assertThrows(InputProblem.class, () -> new ArticleFileReader().read(f)).getMessage();
    assertTrue(problem.contains("line 3 is 100005 characters long"), problem);
  }
}
