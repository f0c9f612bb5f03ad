package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.store.GraphCount;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Lists the store's named graphs with their triple counts, and the articles loaded.")
final class StatsCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Override
  public Integer call() {
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault())) {
      List<GraphCount> counts = store.graphCounts();
      String articlePrefix = workspace.iris().articleGraphPrefix();
      long articles = counts.stream().filter(c -> c.graph().startsWith(articlePrefix)).count();
      long total = counts.stream().mapToLong(GraphCount::triples).sum();
      var out = parent.spec.commandLine().getOut();
      out.println("Store      " + store.location());
      out.println("Articles   " + articles);
      out.println("Graphs     " + counts.size());
      out.println("Triples    " + total);
      out.println();
      int width = counts.stream().mapToInt(c -> c.graph().length()).max().orElse(5);
      out.printf("%-" + width + "s  %10s%n", "graph", "triples");
      for (GraphCount c : counts) {
        out.printf("%-" + width + "s  %10d%n", c.graph(), c.triples());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
