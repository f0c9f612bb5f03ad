package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.eval.EvalRun;
import org.claimgraph.extract.eval.EvalRunner;
import org.claimgraph.extract.eval.GoldFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph eval}: extraction compared with hand-made gold annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Extracts every text of a gold folder (NAME.gold.json beside texts/NAME.txt; the format is in"
            + " src/test/resources/gold/README.md) and prints precision, recall and F1 per kind"
            + " (entities, claims, claimants, assessments, events), per document and micro-averaged."
            + " Needs no store.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "GOLD_DIR",
      defaultValue = "src/test/resources/gold",
      description = "The gold folder (default: ${DEFAULT-VALUE}).")
  Path goldDir;

  @Option(names = "--overall", description = "Print only the micro-averaged table.")
  boolean overallOnly;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(goldDir)) {
      throw new UserError(
          "No gold folder " + goldDir + "; give a folder with NAME.gold.json files.");
    }
    Workspace workspace = new Workspace(ProjectHome.locate());
    EvalRun run;
    try {
      run = new EvalRunner(new ArticleExtractor(workspace.gazetteer())).run(goldDir);
    } catch (GoldFormatException e) {
      throw new UserError(e.getMessage());
    }
    if (run.documents().isEmpty()) {
      throw new UserError("No NAME.gold.json files in " + goldDir + ".");
    }
    var out = parent.spec.commandLine().getOut();
    out.print(overallOnly ? run.overall().table() : run.table());
    out.flush();
    return ExitCodes.OK;
  }
}
