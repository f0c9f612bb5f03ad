package org.claimgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * A dateline opening a report: "KALDER, Velsia (AP) - ", "BAMAKO, Nov 14 (Sahel Press Agency) - ",
 * "KYIV/MOSCOW, Aug 15 (Reuters) - ", "GOMA, Democratic Republic of Congo (WNN) — ", "WASHINGTON
 * (Reuters) - ", "PELLHAM - ", "Kabul (AFP) - ". What follows it is the report's first sentence:
 * rules that read a sentence's words start after it, rules that look for the filing town or the
 * agency read them from here.
 *
 * @param places the towns the report was filed from, as written (in capitals, or in title case when
 *     an agency in brackets follows)
 * @param agency the agency in brackets, when there is one
 * @param end where the dateline ends: after the dash and the blanks that follow it
 */
public record Dateline(List<Span> places, Optional<Span> agency, int end) {

  /** A town in capitals ("EL FASHER", "ST. PETERSBURG"), or in title case before an agency. */
  private static final String TOWN =
      "(?:[A-Z][A-Z'’.\\-]{2,}(?:\\s+[A-Z][A-Z'’.\\-]+){0,3}"
          + "|[A-Z]{2}(?:\\s+[A-Z][A-Z'’.\\-]+){1,3}" // "EL FASHER", "AL QAIM"
          + "|[A-Z][a-z]+(?=\\s*\\())";

  private static final Pattern DATELINE =
      Pattern.compile(
          "(?<towns>"
              + TOWN
              + "(?:\\s*/\\s*"
              + TOWN
              + ")*)"
              // ", Velsia", ", Democratic Republic of Congo", ", Nov 14", ", Kenya, May 3"
              + "(?:,\\s*[A-Z][^()\\n\\-–—]{0,60}?)?"
              + "\\s*(?:\\((?<agency>[^()\\n]{1,40})\\)\\s*)?"
              + "[-–—]+\\s+");

  private static final Pattern ONE_TOWN = Pattern.compile(TOWN);

  /** The dateline that starts exactly at {@code start}, within {@code [start, end)}, if any. */
  public static Optional<Dateline> at(CharSequence text, int start, int end) {
    Matcher m = DATELINE.matcher(text).region(start, end);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<Span> places = new ArrayList<>();
    Matcher town =
        ONE_TOWN
            .matcher(text)
            .region(m.start("towns"), m.end("towns"))
            .useTransparentBounds(true); // "Kabul (AFP)": the bracket is past the towns
    while (town.find()) {
      places.add(new Span(town.start(), town.end()));
    }
    Optional<Span> agency =
        m.start("agency") < 0
            ? Optional.empty()
            : Optional.of(new Span(m.start("agency"), m.end("agency")));
    return Optional.of(new Dateline(List.copyOf(places), agency, m.end()));
  }

  /** Where the words after a dateline at {@code start} begin; {@code start} when there is none. */
  public static int skip(CharSequence text, int start, int end) {
    return at(text, start, end).map(Dateline::end).orElse(start);
  }
}
