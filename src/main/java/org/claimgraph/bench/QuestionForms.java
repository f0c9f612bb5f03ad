package org.claimgraph.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The forms in which the benchmark asks each question in {@code queries/}: as written (every row of
 * the whole store), its first page of {@value #PAGE} rows (what the UI and a paging client ask),
 * and, for a question with a {@code # Parameter: ?name} line, bound to one value found in the store
 * (what a user asks about one actor, claim or place). A listing grows with the store; a page or a
 * lookup should not, so the three are reported apart.
 */
public final class QuestionForms {

  public static final int PAGE = 100;

  private static final Pattern PARAMETER = Pattern.compile("(?m)^#\\s*Parameter:\\s*\\?(\\w+)");

  private QuestionForms() {}

  /**
   * The forms of every question.
   *
   * @param all every form, keyed by a readable name ("claims-by-actor.rq, one ?actor")
   * @param interactive what a user waits for, one form per question: bound to one value when the
   *     question has a parameter, else its first page (or as written when it is already bounded)
   */
  public record Forms(Map<String, String> all, List<String> interactive) {}

  /**
   * @param questions file name to query text
   * @param server where example values for parameters are looked up
   */
  public static Forms of(Map<String, String> questions, SparqlHttpClient server)
      throws IOException, InterruptedException {
    Map<String, String> forms = new LinkedHashMap<>();
    List<String> interactive = new ArrayList<>();
    for (Map.Entry<String, String> q : questions.entrySet()) {
      String name = q.getKey();
      String text = q.getValue();
      forms.put(name, text);
      Query query = QueryFactory.create(text);
      String page = text;
      if (query.isSelectType() && !query.hasLimit()) {
        Query first = QueryFactory.create(text);
        first.setLimit(PAGE);
        page = first.serialize();
        forms.put(name + ", first " + PAGE, page);
      }
      String bound = null;
      Matcher parameter = PARAMETER.matcher(text);
      if (parameter.find()) {
        Var var = Var.alloc(parameter.group(1));
        String value = typicalValue(server, query, var);
        if (value != null) {
          Node node = NodeFactory.createURI(value);
          bound = QueryTransformOps.transform(query, Map.of(var, node)).serialize();
          forms.put(name + ", one ?" + var.getVarName(), bound);
        }
      }
      // A question about one thing is asked about one thing; the others a page at a time.
      interactive.add(bound != null ? bound : page);
    }
    return new Forms(forms, List.copyOf(interactive));
  }

  /**
   * A typical value of {@code var}: of the values the question's own pattern gives it, the one with
   * the median number of answers (ties broken by IRI), so that "one ?actor" times a lookup like
   * most lookups, not the store's busiest actor. When counting them takes longer than the server
   * allows, the first value the pattern gives.
   */
  private static String typicalValue(SparqlHttpClient server, Query question, Var var)
      throws IOException, InterruptedException {
    Query counted = patternOf(question);
    counted.addResultVar(var);
    counted.addGroupBy(var);
    counted.addResultVar(
        Var.alloc("answers"),
        counted.allocAggregate(new org.apache.jena.sparql.expr.aggregate.AggCount()));
    counted.addOrderBy(Var.alloc("answers"), Query.ORDER_ASCENDING);
    counted.addOrderBy(
        new org.apache.jena.sparql.expr.E_Str(new org.apache.jena.sparql.expr.ExprVar(var)),
        Query.ORDER_ASCENDING);
    try {
      List<String> values = server.firstColumn(counted.serialize());
      if (!values.isEmpty()) {
        return values.get(values.size() / 2);
      }
    } catch (IOException e) {
      // too slow to count on this store: fall back to the first value
    }
    Query first = patternOf(question);
    first.addResultVar(var);
    first.setLimit(1);
    return server.firstValue(first.serialize());
  }

  private static Query patternOf(Query question) {
    Query q = new Query();
    q.setPrefixMapping(question.getPrefixMapping());
    q.setQuerySelectType();
    q.setQueryPattern(question.getQueryPattern());
    return q;
  }
}
