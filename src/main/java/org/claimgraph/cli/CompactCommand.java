package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.StoreCompaction;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph compact}: reclaims the disk space that replaced graphs leave behind. */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description =
        "Compacts the store (TDB2 keeps the space of replaced graphs until compaction) and deletes the old generation, reporting disk use before and after.")
final class CompactCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Override
  public Integer call() {
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault())) {
      StoreCompaction.Result r = StoreCompaction.compact(store);
      var o = parent.spec.commandLine().getOut();
      o.printf(
          "Compacted %s: %.1f MB before, %.1f MB after%n",
          store.location(), r.before() / 1048576.0, r.after() / 1048576.0);
      o.flush();
    }
    return ExitCodes.OK;
  }
}
