package org.claimgraph.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project's folders are ({@code ontology/}, {@code queries/}, {@code data/}, {@code
 * fuseki-config/}): the folder named by {@code -Dclaimgraph.home} or {@code CLAIMGRAPH_HOME} (the
 * launcher sets it), else the checkout the running jar was built in, else the working directory.
 */
record ProjectHome(Path root) {

  static ProjectHome locate() {
    String configured = System.getProperty("claimgraph.home", System.getenv("CLAIMGRAPH_HOME"));
    if (configured != null && !configured.isBlank()) {
      return new ProjectHome(Path.of(configured).toAbsolutePath().normalize());
    }
    return fromCodeLocation()
        .filter(ProjectHome::looksLikeHome)
        .map(ProjectHome::new)
        .orElseGet(() -> new ProjectHome(Path.of("").toAbsolutePath()));
  }

  /** target/claimgraph.jar or target/classes: the checkout is two levels up. */
  private static Optional<Path> fromCodeLocation() {
    try {
      Path code =
          Path.of(ProjectHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = code.getParent();
      return Optional.ofNullable(target).map(Path::getParent);
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean looksLikeHome(Path dir) {
    return Files.isDirectory(dir.resolve("queries"))
        && Files.isDirectory(dir.resolve("fuseki-config"));
  }

  Path queries() {
    return root.resolve("queries");
  }

  Path rules() {
    return root.resolve("queries").resolve("rules");
  }

  Path ontology() {
    return root.resolve("ontology").resolve("claimgraph.ttl");
  }

  Path gazetteer() {
    return root.resolve("data").resolve("gazetteer");
  }

  Path sampleArticles() {
    return root.resolve("data").resolve("articles");
  }

  Path defaultConfig() {
    return root.resolve("fuseki-config").resolve("claimgraph.ttl");
  }
}
