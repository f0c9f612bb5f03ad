package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after its name: {@code claimgraph --store S query …}
 * and {@code claimgraph query --store S …} mean the same.
 */
final class GlobalOptions {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "The TDB2 store folder (default: $CLAIMGRAPH_STORE, else ./store). Created when missing.")
  Path store;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log more, and print stack traces of failures.")
  boolean verbose;

  Path storeOrDefault() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("CLAIMGRAPH_STORE");
    return Path.of(env != null && !env.isBlank() ? env : "store");
  }
}
