package org.claimgraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.store.RuleRunner;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph derive}: the derivation rules run again over the whole store. */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description =
        "Runs the derivation rules in queries/rules/ (affiliation roll-up, claim relations,"
            + " corroborations, verification and dispute status) over the whole store, replacing the"
            + " inferred graph in one transaction. 'load' does this once it has written its articles;"
            + " run it after editing a rule, or after a load that was stopped.")
final class DeriveCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store =
        workspace.openForWriting(parent.global.storeOrDefault(), Optional.empty(), false)) {
      long start = System.nanoTime();
      RuleRunner rules = workspace.rules();
      var timings = rules.run(store);
      long inferred = store.read(dsg -> dsg.getGraph(workspace.iris().inferredGraph()).size());
      var out = parent.spec.commandLine().getOut();
      out.printf(
          "Ran %d rule file(s): %d inferred triples in %.1f s%n",
          rules.rules().size(), inferred, (System.nanoTime() - start) / 1e9);
      for (RuleRunner.Timing t : timings) {
        out.printf("  %-28s %6d ms%n", t.rule(), t.millis());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
