package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.store.StoreBackup;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph backup}: a consistent snapshot of the store as gzipped N-Quads. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Writes the whole store (every named graph) to a gzipped N-Quads file, read in one transaction so the snapshot is consistent. The file appears only when complete.")
final class BackupCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The backup file, e.g. claimgraph-2024-03-04.nq.gz.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().endsWith(".nq.gz")) {
      throw new UserError("--out " + out + ": a backup file name ends in .nq.gz.");
    }
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault())) {
      long quads = StoreBackup.backup(store, out);
      var o = parent.spec.commandLine().getOut();
      o.printf("Backed up %d quads from %s to %s%n", quads, store.location(), out.toAbsolutePath());
      o.flush();
    }
    return ExitCodes.OK;
  }
}
