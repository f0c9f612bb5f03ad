package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.claimgraph.store.QueryRunner;
import org.claimgraph.store.ResultFormat;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimgraph query}: a SPARQL query, a file or a named question, on the store without a
 * server.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Runs a SPARQL SELECT or ASK query on the store, without a server. QUERY is a .rq file or the name of a question in queries/ (e.g. claims-lacking-independent-verification).")
final class QueryCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or a name in queries/.")
  String query;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description =
          "table (for people), csv, tsv or json (for scripts). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description =
          "Binds ?NAME to VALUE before running (an IRI, <iri>, prefix:name, \"literal\" or plain text);"
              + " safe: never spliced into the query text. Repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    ResultFormat resultFormat = parseFormat(format);
    ProjectHome home = ProjectHome.locate();
    Path file = resolve(home, query);
    String text = Files.readString(file);
    Query parsed = QueryRunner.parse(file.toString(), text);
    Workspace workspace = new Workspace(home);
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault())) {
      var out = System.out;
      new QueryRunner(store).run(parsed, params, resultFormat, out);
      out.flush();
    }
    return ExitCodes.OK;
  }

  private static ResultFormat parseFormat(String format) {
    try {
      return ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("Unknown format '" + format + "'; use table, csv, tsv or json.");
    }
  }

  /** A path to an existing file, else a name (with or without .rq) in the project's queries/. */
  static Path resolve(ProjectHome home, String query) {
    Path asFile = Path.of(query);
    if (Files.isRegularFile(asFile)) {
      return asFile;
    }
    if (Files.isDirectory(asFile)) {
      throw new UserError(query + " is a folder; give a .rq file or a query name.");
    }
    String name = query.endsWith(".rq") ? query : query + ".rq";
    Path named = home.queries().resolve(name).normalize();
    if (named.startsWith(home.queries()) && Files.isRegularFile(named)) {
      return named;
    }
    throw new UserError(
        "No query file or named query '"
            + query
            + "'. Known names: "
            + String.join(", ", names(home)));
  }

  static List<String> names(ProjectHome home) {
    try (Stream<Path> list = Files.list(home.queries())) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
