package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.store.StoreBackup;
import org.claimgraph.store.StoreLocked;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph backup}: a consistent snapshot of the store as gzipped N-Quads. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Writes the whole store (every named graph) to a gzipped N-Quads file, read in one transaction so the snapshot is consistent. The file appears only when complete. With --server, backs up the store a running 'claimgraph serve' holds, over HTTP, while it serves and loads.")
final class BackupCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The backup file, e.g. claimgraph-2024-03-04.nq.gz.")
  Path out;

  // reliability (issue 8): the store a server holds is locked; back it up through the server.
  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "Back up the store of a running 'claimgraph serve' at URL (e.g. http://127.0.0.1:3030)"
              + " over HTTP: one GET of its read-only graph store, answered from one read"
              + " transaction, so the snapshot is consistent while it serves and loads.")
  String server;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().endsWith(".nq.gz")) {
      throw new UserError("--out " + out + ": a backup file name ends in .nq.gz.");
    }
    var o = parent.spec.commandLine().getOut();
    if (server != null) {
      RemoteBackup remote = new RemoteBackup(server);
      long quads = remote.backup(out);
      o.printf(
          "Backed up %d quads from %s to %s%n", quads, remote.endpoint(), out.toAbsolutePath());
      o.flush();
      return ExitCodes.OK;
    }
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = openUnlessServed(workspace)) {
      long quads = StoreBackup.backup(store, out);
      o.printf("Backed up %d quads from %s to %s%n", quads, store.location(), out.toAbsolutePath());
      o.flush();
    }
    return ExitCodes.OK;
  }

  private TdbStore openUnlessServed(Workspace workspace) {
    try {
      return workspace.openExisting(parent.global.storeOrDefault());
    } catch (StoreLocked e) {
      throw new UserError(
          "Store "
              + e.location()
              + " is in use by process "
              + e.holder()
              + "; if that is 'claimgraph serve', back up through it while it runs:"
              + " claimgraph backup --server http://127.0.0.1:PORT --out "
              + out
              + " (its port is in the line 'Web UI' it printed).");
    }
  }
}
