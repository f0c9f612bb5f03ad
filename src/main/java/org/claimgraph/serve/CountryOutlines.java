package org.claimgraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country outlines for the place maps, read once from the jar: Natural Earth's 1:110m Admin 0
 * countries, derived into {@code data/outlines/countries-110m.tsv} (see the README there). Each is
 * keyed by the gazetteer's place key ({@code afghanistan}), so a place's country is found by its
 * IRI. Nothing is fetched at run time.
 */
final class CountryOutlines {

  static final String RESOURCE = "claimgraph/data/outlines/countries-110m.tsv";

  private static final Pattern RING = Pattern.compile("\\(([-0-9. ,eE]+)\\)");

  /** One country: rings of (longitude, latitude) points, and their bounding box. */
  record Outline(String key, String name, List<double[][]> rings, double[] box) {

    /** Whether any part lies inside the box west, south, east, north. */
    boolean overlaps(double west, double south, double east, double north) {
      return box[0] <= east && box[2] >= west && box[1] <= north && box[3] >= south;
    }
  }

  private static volatile List<Outline> all;

  private CountryOutlines() {}

  /** Every outline, in the file's order. */
  static List<Outline> all() {
    if (all == null) {
      synchronized (CountryOutlines.class) {
        if (all == null) {
          all = List.copyOf(read());
        }
      }
    }
    return all;
  }

  /** The outline of the country with this gazetteer key. */
  static Optional<Outline> byKey(String key) {
    return all().stream().filter(o -> o.key().equals(key)).findFirst();
  }

  private static List<Outline> read() {
    InputStream in = CountryOutlines.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      // Maps still show the point and the graticule without outlines.
      return List.of();
    }
    List<Outline> outlines = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 4) {
          outlines.add(outline(f[0], f[1], f[3]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return outlines;
  }

  /** Parses a WKT MULTIPOLYGON into its rings; holes are rings too (drawn even-odd). */
  static Outline outline(String key, String name, String wkt) {
    List<double[][]> rings = new ArrayList<>();
    double[] box = {180, 90, -180, -90};
    Matcher m = RING.matcher(wkt);
    while (m.find()) {
      String[] points = m.group(1).split(",");
      double[][] ring = new double[points.length][];
      for (int i = 0; i < points.length; i++) {
        String[] xy = points[i].trim().split("\\s+");
        double lon = Double.parseDouble(xy[0]);
        double lat = Double.parseDouble(xy[1]);
        ring[i] = new double[] {lon, lat};
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
      rings.add(ring);
    }
    return new Outline(key, name, List.copyOf(rings), box);
  }
}
