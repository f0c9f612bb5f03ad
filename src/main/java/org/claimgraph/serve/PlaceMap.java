package org.claimgraph.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.export.Html;
import org.claimgraph.export.Prefixes;
import org.claimgraph.vocab.CG;

/**
 * A small offline map for a place with a {@code geo:asWKT} POINT: an inline SVG around the point,
 * with the outlines of the countries in view (the place's own country, found up its {@code
 * cg:locatedIn} chain, stands out), a graticule and the other places of the store that fall inside
 * it. Nothing is loaded from another machine.
 */
final class PlaceMap {

  private static final Node HAS_GEOMETRY = NodeFactory.createURI(Prefixes.GEO + "hasGeometry");
  private static final Node AS_WKT = NodeFactory.createURI(Prefixes.GEO + "asWKT");
  private static final Pattern POINT =
      Pattern.compile(
          "(?i)^\\s*(?:<[^>]*>\\s*)?POINT\\s*\\(\\s*([-0-9.eE]+)\\s+([-0-9.eE]+)\\s*\\)\\s*$");

  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;

  /** Half the map's width in degrees of longitude. */
  private static final double SPAN_LON = 9;

  /** A point in degrees. */
  record Point(double lon, double lat) {}

  private final UnionView view;
  private final Links links;

  PlaceMap(UnionView view, Links links) {
    this.view = view;
    this.links = links;
  }

  /** The map section, or "" when the resource has no point. */
  String render(Node place) {
    Optional<Point> point = point(place);
    if (point.isEmpty()) {
      return "";
    }
    Point p = point.get();
    double spanLat = SPAN_LON * HEIGHT / WIDTH / Math.max(0.3, Math.cos(Math.toRadians(p.lat())));
    double west = p.lon() - SPAN_LON;
    double north = p.lat() + spanLat;
    double xScale = WIDTH / (2 * SPAN_LON);
    double yScale = HEIGHT / (2 * spanLat);
    Frame frame = new Frame(west, north, xScale, yScale);
    Optional<String> country = countryKey(place);
    StringBuilder svg =
        new StringBuilder("<svg class=\"map\" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(HEIGHT)
            .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
            .append(Html.text(view.label(place).orElse("place")))
            .append(" on a map</title>");
    outlines(svg, frame, country);
    for (int lon = (int) Math.ceil(west); lon <= west + 2 * SPAN_LON; lon++) {
      if (lon % 2 == 0) {
        double x = (lon - west) * xScale;
        svg.append(line(x, 0, x, HEIGHT)).append(label(x + 3, HEIGHT - 6, lon + "°E", "grid"));
      }
    }
    for (int lat = (int) Math.floor(north); lat >= north - 2 * spanLat; lat--) {
      if (lat % 2 == 0) {
        double y = (north - lat) * yScale;
        svg.append(line(0, y, WIDTH, y)).append(label(4, y - 3, lat + "°N", "grid"));
      }
    }
    // Other places with points inside the frame, for orientation.
    view.graph()
        .find(Node.ANY, AS_WKT, Node.ANY)
        .forEachRemaining(
            t -> {
              Optional<Point> other = parse(t.getObject());
              if (other.isEmpty()) {
                return;
              }
              for (Node owner : view.subjects(HAS_GEOMETRY, t.getSubject())) {
                if (owner.equals(place)) {
                  continue;
                }
                double x = (other.get().lon() - west) * xScale;
                double y = (north - other.get().lat()) * yScale;
                if (x > 0 && x < WIDTH && y > 0 && y < HEIGHT) {
                  svg.append("<a href=\"")
                      .append(Html.text(links.href(owner)))
                      .append("\"><circle cx=\"")
                      .append(fmt(x))
                      .append("\" cy=\"")
                      .append(fmt(y))
                      .append("\" r=\"4\" fill=\"#6b7890\"/>")
                      .append(label(x + 7, y + 4, view.label(owner).orElse(""), "other"))
                      .append("</a>");
                }
              }
            });
    double cx = WIDTH / 2.0;
    double cy = HEIGHT / 2.0;
    svg.append("<circle class=\"marker\" cx=\"")
        .append(fmt(cx))
        .append("\" cy=\"")
        .append(fmt(cy))
        .append("\" r=\"8\" fill=\"#c0392b\" stroke=\"#fff\" stroke-width=\"2\"/>")
        .append(label(cx + 12, cy + 5, view.label(place).orElse(""), "here"))
        .append("</svg>");
    return "<h2>Where</h2><div class=\"card\"><p>"
        + String.format(
            Locale.ROOT,
            "%.4f° %s, %.4f° %s",
            Math.abs(p.lat()),
            p.lat() >= 0 ? "N" : "S",
            Math.abs(p.lon()),
            p.lon() >= 0 ? "E" : "W")
        + " <span class=\"muted\">(geo:asWKT POINT; grey dots are other places in the graph;"
        + " country outlines from Natural Earth, 1:110m)</span></p>"
        + svg
        + "</div>";
  }

  /** The linear projection of one map: degrees to SVG units. */
  private record Frame(double west, double north, double xScale, double yScale) {
    double x(double lon) {
      return (lon - west) * xScale;
    }

    double y(double lat) {
      return (north - lat) * yScale;
    }

    double east() {
      return west + WIDTH / xScale;
    }

    double south() {
      return north - HEIGHT / yScale;
    }
  }

  /** The countries in view as paths, the place's own last (on top) and marked {@code here}. */
  private static void outlines(StringBuilder svg, Frame frame, Optional<String> country) {
    List<CountryOutlines.Outline> inView =
        CountryOutlines.all().stream()
            .filter(o -> o.overlaps(frame.west(), frame.south(), frame.east(), frame.north()))
            .sorted(
                (a, b) ->
                    Boolean.compare(
                        country.filter(a.key()::equals).isPresent(),
                        country.filter(b.key()::equals).isPresent()))
            .toList();
    for (CountryOutlines.Outline o : inView) {
      boolean here = country.filter(o.key()::equals).isPresent();
      svg.append("<path class=\"country")
          .append(here ? " here" : "")
          .append("\" data-country=\"")
          .append(Html.text(o.key()))
          .append("\" fill-rule=\"evenodd\" fill=\"")
          .append(here ? "#f6e7c8" : "#f4f6f2")
          .append("\" stroke=\"")
          .append(here ? "#9a6b1f" : "#a9b3a4")
          .append("\" stroke-width=\"")
          .append(here ? "1.6" : "0.8")
          .append("\" d=\"");
      for (double[][] ring : o.rings()) {
        for (int i = 0; i < ring.length; i++) {
          svg.append(i == 0 ? 'M' : 'L')
              .append(fmt(frame.x(ring[i][0])))
              .append(',')
              .append(fmt(frame.y(ring[i][1])));
        }
        svg.append('Z');
      }
      svg.append("\"><title>").append(Html.text(o.name())).append("</title></path>");
    }
  }

  /**
   * The gazetteer key of the country the place lies in: itself if it is a country, else the first
   * country up its {@code cg:locatedIn} chain (a crossing → its province → the country).
   */
  private Optional<String> countryKey(Node place) {
    String places = links.resourceIri("place/");
    Set<Node> seen = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(place));
    while (!todo.isEmpty()) {
      Node n = todo.removeFirst();
      if (!n.isURI() || !seen.add(n)) {
        continue;
      }
      if (view.objects(n, RDF.type.asNode()).contains(CG.Country.asNode())
          && n.getURI().startsWith(places)) {
        return Optional.of(n.getURI().substring(places.length()));
      }
      todo.addAll(view.objects(n, CG.locatedIn.asNode()));
    }
    return Optional.empty();
  }

  Optional<Point> point(Node place) {
    for (Node geometry : view.objects(place, HAS_GEOMETRY)) {
      for (Node wkt : view.objects(geometry, AS_WKT)) {
        Optional<Point> p = parse(wkt);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Point> parse(Node wkt) {
    if (!wkt.isLiteral()) {
      return Optional.empty();
    }
    Matcher m = POINT.matcher(wkt.getLiteralLexicalForm());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\"#c9d8ea\" stroke-width=\"1\"/>";
  }

  private static String label(double x, double y, String text, String kind) {
    String style =
        switch (kind) {
          case "here" -> "font-size=\"15\" font-weight=\"700\" fill=\"#1d2330\"";
          case "other" -> "font-size=\"12\" fill=\"#45506a\"";
          default -> "font-size=\"10\" fill=\"#8797ad\"";
        };
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" "
        + style
        + " font-family=\"system-ui,sans-serif\">"
        + Html.text(text)
        + "</text>";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
