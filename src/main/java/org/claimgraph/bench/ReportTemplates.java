package org.claimgraph.bench;

import java.util.Random;
import org.claimgraph.bench.CorpusGenerator.Cast;

/** The sentence templates of generated reports: claims, denials, assessments, events, filler. */
final class ReportTemplates {

  private static final String[] SAID = {
    "said", "claimed", "stated", "announced", "insisted", "told reporters", "said in a statement"
  };
  private static final String[] WHEN = {
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "earlier this week",
    "late on Sunday",
    "in the first week of July",
    "last month"
  };
  private static final String[] HEDGE = {
    "about", "around", "more than", "nearly", "at least", "up to", ""
  };
  private static final String[] VERIFY = {
    "The claim could not be independently verified.",
    "This claim is impossible to verify independently.",
    "Several reports confirmed the account.",
    "Video footage shared online showed fighters at the site.",
    "The government disputed the claim.",
    "The figures could not be confirmed."
  };
  private static final String[] FILLER = {
    "Residents described long queues at fuel stations and markets that had closed early.",
    "Aid agencies warned that the fighting could displace thousands of families before winter.",
    "Trade through the area has slowed sharply, traders said, with lorries waiting for days.",
    "The district has changed hands several times over the past two years.",
    "Analysts said the coming weeks would show whether the offensive could be sustained."
  };

  String title(Cast c) {
    Random r = c.r();
    return switch (r.nextInt(4)) {
      case 0 -> c.group() + " claims control of " + c.place();
      case 1 -> "Fighting near " + c.crossing() + " as " + c.group() + " advances";
      case 2 -> c.government() + " denies losing " + c.place();
      default -> "Officials trade claims over " + c.otherPlace();
    };
  }

  String paragraph(Cast c) {
    Random r = c.r();
    String said = SAID[r.nextInt(SAID.length)];
    String when = WHEN[r.nextInt(WHEN.length)];
    return switch (r.nextInt(10)) {
      case 0 ->
          "A spokesperson for the "
              + c.group()
              + ", "
              + c.person()
              + ", "
              + said
              + " that the group had captured "
              + c.place()
              + " "
              + when
              + ". "
              + VERIFY[r.nextInt(VERIFY.length)];
      case 1 ->
          c.group()
              + " "
              + said
              + " "
              + when
              + " that it controls "
              + share(r)
              + " of "
              + c.otherPlace()
              + ". "
              + VERIFY[r.nextInt(VERIFY.length)];
      case 2 ->
          "The "
              + c.government()
              + " denied that "
              + c.group()
              + " had taken "
              + c.place()
              + ", saying its forces remained in the area.";
      case 3 ->
          c.government()
              + " "
              + when
              + " acknowledged the loss of "
              + c.crossing()
              + ", a crossing that earns an estimated $"
              + (5 + r.nextInt(40))
              + " million a month in customs revenue.";
      case 4 ->
          "According to the "
              + c.organization()
              + ", "
              + (HEDGE[r.nextInt(HEDGE.length)] + " " + (100 + r.nextInt(9900))).strip()
              + " people fled across the border "
              + when
              + ".";
      case 5 -> "\"" + quote(r, c) + ",\" " + c.person() + " " + said + ".";
      case 6 ->
          c.state()
              + " "
              + said
              + " that "
              + c.group()
              + " had seized "
              + (2 + r.nextInt(30))
              + " districts near "
              + c.otherPlace()
              + " "
              + when
              + ".";
      case 7 -> c.group() + " fighters captured " + c.place() + " " + when + ".";
      case 8 ->
          c.rival()
              + " "
              + said
              + " that "
              + c.group()
              + " could seize "
              + c.otherPlace()
              + " within "
              + (2 + r.nextInt(10))
              + " months.";
      default -> FILLER[r.nextInt(FILLER.length)];
    };
  }

  String boilerplate(Cast c) {
    return "Read also: " + c.group() + " and the future of " + c.otherPlace();
  }

  private static String share(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> (HEDGE[r.nextInt(3)] + " " + (10 + r.nextInt(85)) + "%").strip();
      case 1 -> "more than one-third";
      case 2 -> "two-thirds";
      default -> (10 + r.nextInt(85)) + " percent";
    };
  }

  private static String quote(Random r, Cast c) {
    return switch (r.nextInt(3)) {
      case 0 -> "We will not give up " + c.place();
      case 1 -> "Our forces hold every road into " + c.otherPlace();
      default -> "The situation in " + c.place() + " is under control";
    };
  }
}
