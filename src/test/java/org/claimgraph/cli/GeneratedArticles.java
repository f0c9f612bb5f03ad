package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** News-like English articles written for load tests: each distinct, each with claims. */
final class GeneratedArticles {

  private static final List<String> TOWNS =
      List.of(
          "Dunavar", "Harrow", "Keshet", "Tarsk", "Pellham", "Islam Qala", "Zaranj", "Spin Boldak");
  private static final List<String> CLAIMANTS =
      List.of("The Taliban", "The army", "Local officials", "A government spokesman", "Witnesses");
  private static final List<String> VERBS =
      List.of("said", "claimed", "denied", "insisted", "warned");

  private GeneratedArticles() {}

  /** Writes {@code count} articles into {@code folder}; {@code variant} changes every text. */
  static Path write(Path folder, int count, int variant) throws Exception {
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      String town = TOWNS.get(i % TOWNS.size());
      StringBuilder text = new StringBuilder();
      text.append("Fighting reported near ")
          .append(town)
          .append(" (report ")
          .append(i)
          .append(")\n\n");
      for (int p = 0; p < 4 + variant; p++) {
        String who = CLAIMANTS.get((i + p) % CLAIMANTS.size());
        String verb = VERBS.get((i * 3 + p) % VERBS.size());
        text.append(who)
            .append(' ')
            .append(verb)
            .append(" on Friday that ")
            .append(100 + 7 * i + p)
            .append(" fighters had entered ")
            .append(town)
            .append(
                " and that the border crossing was closed. The claim could not be verified"
                    + " independently, and the government said it was false.\n\n");
      }
      Files.writeString(folder.resolve(String.format("report-%03d.txt", i)), text.toString());
    }
    return folder;
  }
}
