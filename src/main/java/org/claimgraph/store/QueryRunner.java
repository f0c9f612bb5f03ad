package org.claimgraph.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs SPARQL queries on the store without a server. Parameters are bound as RDF terms before
 * execution (never spliced into the query text), so a value cannot change the query's meaning.
 */
public final class QueryRunner {

  private final TdbStore store;

  public QueryRunner(TdbStore store) {
    this.store = store;
  }

  /**
   * Parses {@code text}; a syntax error becomes a {@link QueryProblem} naming the line and column.
   */
  public static Query parse(String source, String text) {
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      String where = e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
      throw new QueryProblem(
          source + " is not a valid SPARQL query" + where + ": " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Turns a parameter value into an RDF term: {@code <iri>}, an absolute http(s)/urn IRI, a
   * prefixed name known to the query, a quoted or typed literal in Turtle syntax, or else a plain
   * string.
   */
  public static Node parameterValue(String value, PrefixMapping prefixes) {
    String v = value.strip();
    if (v.matches("(?i)(https?|urn|file):\\S+")) {
      return org.apache.jena.graph.NodeFactory.createURI(v);
    }
    if (v.startsWith("<")
        || v.startsWith("\"")
        || v.startsWith("'")
        || v.matches("[A-Za-z][\\w-]*:\\S*")) {
      try {
        Node n = NodeFactoryExtra.parseNode(v, PrefixMapFactory.create(prefixes));
        if (n != null) {
          return n;
        }
      } catch (RuntimeException e) {
        throw new QueryProblem(
            "Parameter value " + value + " is not an RDF term: " + e.getMessage());
      }
    }
    return org.apache.jena.graph.NodeFactory.createLiteralString(value);
  }

  /** Runs a SELECT or ASK query with {@code params} bound and writes the results to {@code out}. */
  public void run(Query query, Map<String, String> params, ResultFormat format, OutputStream out) {
    try {
      runChecked(query, params, format, out);
    } catch (QueryExecException | QueryDeniedException e) {
      throw new QueryProblem("The query cannot run: " + e.getMessage() + ".", e);
    }
  }

  private void runChecked(
      Query query, Map<String, String> params, ResultFormat format, OutputStream out) {
    Binding substitution = substitution(query, params);
    Txn.executeRead(
        store.dataset(),
        () -> {
          QueryExec exec =
              QueryExec.dataset(store.dataset())
                  .query(query)
                  .substitution(substitution)
                  // As in the server: the union of the named graphs is the default graph.
                  .set(TDB2.symUnionDefaultGraph, true)
                  // reliability (issue 8): a query file must not make this machine call others.
                  .set(ARQ.httpServiceAllowed, false)
                  .build();
          try (exec) {
            if (query.isAskType()) {
              boolean answer = exec.ask();
              PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
              ps.println(answer);
              return;
            }
            if (!query.isSelectType()) {
              throw new QueryProblem(
                  "Only SELECT and ASK queries can be printed as results; this one is "
                      + query.queryType()
                      + ".");
            }
            RowSet rows = exec.select();
            write(rows, query, format, out);
          }
        });
  }

  private static Binding substitution(Query query, Map<String, String> params) {
    var builder = BindingFactory.builder();
    for (Map.Entry<String, String> p : params.entrySet()) {
      String name = p.getKey().startsWith("?") ? p.getKey().substring(1) : p.getKey();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new QueryProblem(
            "Parameter name '" + p.getKey() + "' is not a SPARQL variable name.");
      }
      boolean known = query.getResultVars().contains(name) || mentions(query, name);
      if (!known) {
        throw new QueryProblem(
            "The query has no variable ?" + name + " to bind; check the parameter name.");
      }
      builder.add(Var.alloc(name), parameterValue(p.getValue(), query.getPrefixMapping()));
    }
    return builder.build();
  }

  private static boolean mentions(Query query, String name) {
    return query.toString().matches("(?s).*[?$]" + java.util.regex.Pattern.quote(name) + "\\b.*");
  }

  private static void write(RowSet rows, Query query, ResultFormat format, OutputStream out) {
    ResultSet results = ResultSet.adapt(rows);
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
      case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
      case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
      case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }
}
