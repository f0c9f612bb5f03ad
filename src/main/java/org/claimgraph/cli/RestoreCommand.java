package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.store.StoreBackup;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph restore}: a store's content from a backup, all or nothing. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Fills the store from a backup (N-Quads, gzipped or not) in one transaction: a file that fails to parse leaves the store as it was. The store must be empty unless --force, which replaces its whole content.")
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "A backup file (.nq.gz or .nq).")
  Path file;

  @Option(names = "--force", description = "Replace the content of a store that is not empty.")
  boolean force;

  @Override
  public Integer call() {
    // Opened without refreshing the ontology and gazetteer: the backup brings its own.
    try (TdbStore store = TdbStore.open(parent.global.storeOrDefault())) {
      long quads = StoreBackup.restore(store, file, force);
      var o = parent.spec.commandLine().getOut();
      o.printf("Restored %d quads from %s into %s%n", quads, file, store.location());
      o.flush();
    }
    return ExitCodes.OK;
  }
}
