package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.store.ShaclReport;
import org.claimgraph.store.ShaclValidator;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph validate}: the store checked against the ontology's SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks the store (the union of its graphs) against the SHACL shapes in ontology/shapes.ttl and"
            + " prints a readable report: one line per violation, 'focus node — path — message'."
            + " Exit 0 when the data conforms, 1 when it does not.")
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Option(
      names = "--shapes",
      paramLabel = "FILE",
      description = "SHACL shapes to use instead of ontology/shapes.ttl.")
  Path shapes;

  @Override
  public Integer call() {
    Workspace workspace = new Workspace(ProjectHome.locate());
    Path shapesFile =
        shapes != null ? shapes : workspace.home().root().resolve("ontology/shapes.ttl");
    if (!Files.isRegularFile(shapesFile)) {
      throw new UserError("No shapes file " + shapesFile + "; give one with --shapes FILE.");
    }
    ShaclValidator validator = ShaclValidator.fromFile(shapesFile);
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault())) {
      ShaclReport report = validator.validate(store.dataset());
      var out = parent.spec.commandLine().getOut();
      if (report.conforms()) {
        out.println("The store conforms to " + shapesFile.getFileName() + ": no violations.");
        out.flush();
        return ExitCodes.OK;
      }
      out.println(report.lines().size() + " violation(s) of " + shapesFile.getFileName() + ":");
      report.lines().forEach(l -> out.println("  " + l));
      out.flush();
      return ExitCodes.USER_ERROR;
    }
  }
}
