package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The claimgraph ontology's terms ({@code ontology/claimgraph.ttl}) as Jena constants, like Jena's
 * {@code RDFS}, so that the RDF mapping and the rules name each term once. Field names are the
 * terms' local names; a test keeps this class and the ontology in step.
 */
public final class CG {

  /** The namespace of the ontology's terms. */
  public static final String NS = "https://w3id.org/claimgraph/ontology#";

  /** The ontology's IRI. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/claimgraph/ontology";

  /** The IRI of this version of the ontology. */
  public static final String VERSION_IRI = "https://w3id.org/claimgraph/ontology/0.1.0";

  private CG() {}

  /** The namespace as a string, as Jena's vocabulary classes offer it. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }

  // Classes

  /** An actor publicly admits a fact against its interest, such as the loss of a place. */
  public static final Resource Acknowledgement = resource("Acknowledgement");

  /**
   * A person, organization, state or unnamed source that acts, speaks or is spoken for in a report.
   */
  public static final Resource Actor = resource("Actor");

  /** Forces move forward towards a place or an opponent. */
  public static final Resource Advance = resource("Advance");

  /** A military airfield or air base. */
  public static final Resource Airbase = resource("Airbase");

  /**
   * An actor publicly urges others to act or refrain: calls for restraint, for talks, for a
   * ceasefire.
   */
  public static final Resource Appeal = resource("Appeal");

  /** A concept of cg:ApproximationScheme: how a reported number relates to the true one. */
  public static final Resource Approximation = resource("Approximation");

  /** Armed, organized actors fight each other. */
  public static final Resource ArmedClash = resource("ArmedClash");

  /** A non-state organization that uses armed force: an insurgency, a militia, a rebel movement. */
  public static final Resource ArmedGroup = resource("ArmedGroup");

  /** A news report claimgraph has read. */
  public static final Resource Article = resource("Article");

  /**
   * What a report says about a claim's truth or support: "impossible to verify independently",
   * "disputed by the government", "confirmed by other sources".
   */
  public static final Resource Assessment = resource("Assessment");

  /** A concept of cg:AssessmentValueScheme: what an assessment says about a claim. */
  public static final Resource AssessmentValue = resource("AssessmentValue");

  /** The boundary line between two countries, as a whole or as a stretch of it. */
  public static final Resource Border = resource("Border");

  /**
   * A place where people and goods cross a border between two countries: a checkpoint, customs post
   * or port of entry.
   */
  public static final Resource BorderCrossing = resource("BorderCrossing");

  /** That an actor (cg:controller) has captured or will capture a place (cg:territory). */
  public static final Resource CaptureProposition = resource("CaptureProposition");

  /** A city, town or village. */
  public static final Resource City = resource("City");

  /** Something a claimant asserts, denies, predicts or urges, as reported in one article. */
  public static final Resource Claim = resource("Claim");

  /**
   * One candidate corroboration the status rule looked at, with its source, whether it counted as
   * independent, and why.
   */
  public static final Resource ConsideredCorroboration = resource("ConsideredCorroboration");

  /** A country as a territory. */
  public static final Resource Country = resource("Country");

  /**
   * The record of one run of the status rule for one claim: which corroborations it considered and
   * why each counted or not.
   */
  public static final Resource Derivation = resource("Derivation");

  /** A concept of cg:DisputeStatusScheme. */
  public static final Resource DisputeStatus = resource("DisputeStatus");

  /** A second-level administrative division, below a province. */
  public static final Resource District = resource("District");

  /** Something that happens, as a report tells it, with agents, a place, a time and quantities. */
  public static final Resource Event = resource("Event");

  /**
   * The executive authority of a country, as an organization: "the Afghan government", "the
   * administration".
   */
  public static final Resource Government = resource("Government");

  /**
   * A state's intelligence agencies or analysts, as a speaking group: "US intelligence analysts".
   */
  public static final Resource IntelligenceCommunity = resource("IntelligenceCommunity");

  /**
   * A state's armed, police or security forces, or a unit of them: an army, border police, "the
   * security forces", foreign troops.
   */
  public static final Resource MilitaryForce = resource("MilitaryForce");

  /** A department of a government, such as an interior, defence or foreign ministry. */
  public static final Resource Ministry = resource("Ministry");

  /**
   * An organization that publishes news reports: a newspaper, broadcaster, news agency or news
   * website.
   */
  public static final Resource NewsOutlet = resource("NewsOutlet");

  /** A group of people organized for a purpose and able to act or speak as one. */
  public static final Resource Organization = resource("Organization");

  /** A paragraph of an article. */
  public static final Resource Paragraph = resource("Paragraph");

  /** An individual human being who acts or speaks in a report. */
  public static final Resource Person = resource("Person");

  /**
   * A geographic feature a report names: a country, an administrative division, a settlement, a
   * facility or a border.
   */
  public static final Resource Place = resource("Place");

  /** That an actor (cg:presentActor) is present in a place (cg:territory). */
  public static final Resource PresenceProposition = resource("PresenceProposition");

  /** The structured content of a claim: what would be the case if the claim were true. */
  public static final Resource Proposition = resource("Proposition");

  /**
   * A first-level administrative division of a country: a province, state, region or governorate.
   */
  public static final Resource Province = resource("Province");

  /**
   * A number a report gives, with its unit, how it relates to the true value, and the period of a
   * rate.
   */
  public static final Resource Quantity = resource("Quantity");

  /** A concept of cg:QuantityKindScheme: what a quantity measures. */
  public static final Resource QuantityKind = resource("QuantityKind");

  /** An actor retakes a place it had lost. */
  public static final Resource Recapture = resource("Recapture");

  /**
   * An area a report names that is not an administrative division: "the north", "an arc of land
   * along the border".
   */
  public static final Resource Region = resource("Region");

  /**
   * Forces fall back under pressure from an opponent, including by crossing into another country.
   */
  public static final Resource Retreat = resource("Retreat");

  /** A sentence of an article. */
  public static final Resource Sentence = resource("Sentence");

  /** A concept of cg:StanceScheme: what a claimant does with a claim's content. */
  public static final Resource Stance = resource("Stance");

  /** A country acting or speaking as a political whole, as in "Russia said" or "Moscow urged". */
  public static final Resource State = resource("State");

  /** An actor makes a public statement: the speech act itself, with its time and place. */
  public static final Resource Statement = resource("Statement");

  /** An actor takes control of a place from another: a town, a district, a border crossing. */
  public static final Resource TerritorialCapture = resource("TerritorialCapture");

  /** That an actor (cg:controller) controls a place (cg:territory), or a share of it (cg:share). */
  public static final Resource TerritorialControlProposition =
      resource("TerritorialControlProposition");

  /**
   * A span of an article's text that supports an extracted resource: a Web Annotation specific
   * resource whose source is the article and whose selectors give the span by position
   * (oa:TextPositionSelector: oa:start, oa:end) and by quote (oa:TextQuoteSelector: oa:exact,
   * oa:prefix, oa:suffix).
   */
  public static final Resource TextAnchor = resource("TextAnchor");

  /** A structural part of an article's text with its offsets: a paragraph or a sentence. */
  public static final Resource TextSegment = resource("TextSegment");

  /** A source the report does not name: "other sources", "several reports", "officials said". */
  public static final Resource UnnamedSource = resource("UnnamedSource");

  /** A concept of cg:VerificationStatusScheme. */
  public static final Resource VerificationStatus = resource("VerificationStatus");

  /** Forces leave a place or country by decision, not under immediate pressure. */
  public static final Resource Withdrawal = resource("Withdrawal");

  // Properties (object, datatype and annotation)

  /** An entity the claim or assessment is about: an actor, a place, an event. */
  public static final Property about = property("about");

  /**
   * The ACLED event type and sub-event type (as named in ACLED's codebook) that a claimgraph event
   * class corresponds to, as a plain string.
   */
  public static final Property acledEventType = property("acledEventType");

  /**
   * The subject acts for, belongs to, is part of or heads the object, directly or through a chain
   * of such links.
   */
  public static final Property affiliatedWith = property("affiliatedWith");

  /** An actor that carries out the event: the captor, the side that withdraws, the speaker. */
  public static final Property agent = property("agent");

  /** How the reported number relates to the true one, a concept from cg:ApproximationScheme. */
  public static final Property approximation = property("approximation");

  /** An actor that claims the shared proposition (not denying it); derived (rule 20). */
  public static final Property assertedBy = property("assertedBy");

  /** The claim the assessment is about. */
  public static final Property assesses = property("assesses");

  /**
   * Who makes the assessment: the outlet in its own voice, a government that disputes, unnamed
   * sources that confirm.
   */
  public static final Property assessmentAuthor = property("assessmentAuthor");

  /** What the assessment says, as a concept from cg:AssessmentValueScheme. */
  public static final Property assessmentValue = property("assessmentValue");

  /** A country the border separates; a border has exactly two. */
  public static final Property between = property("between");

  /**
   * The CAMEO event code and its name (CAMEO codebook 1.1b3) that a claimgraph event class
   * corresponds to, as a plain string, e.g.
   */
  public static final Property cameoCode = property("cameoCode");

  /**
   * The actor who makes the claim; for a spokesperson's words, the spokesperson (the organization
   * is reached through cg:spokespersonFor).
   */
  public static final Property claimant = property("claimant");

  /** The subject claim states, independently or not, what the object claim states. */
  public static final Property confirms = property("confirms");

  /**
   * The two claims cannot both hold: different controllers of the same place at the same time, an
   * assertion and its denial.
   */
  public static final Property conflictsWith = property("conflictsWith");

  /** A country the crossing connects; a crossing connects exactly two. */
  public static final Property connects = property("connects");

  /** A corroboration the derivation considered. */
  public static final Property considered = property("considered");

  /** A digest of the article's text as read, prefixed with its algorithm: "sha256:…". */
  public static final Property contentHash = property("contentHash");

  /** The actor that, according to the proposition, controls or captures the territory. */
  public static final Property controller = property("controller");

  /** The subject state acts for the object country, the place. */
  public static final Property correspondsToCountry = property("correspondsToCountry");

  /** The military or security force serves the country. */
  public static final Property forceOf = property("forceOf");

  /** The city is the country's capital. */
  public static final Property capital = property("capital");

  /** The adjective for the country's people ("Afghan"). */
  public static final Property demonym = property("demonym");

  /**
   * Something that supports the claim: another claim, an assessment with a confirming value, or an
   * actor who confirms it.
   */
  public static final Property corroboratedBy = property("corroboratedBy");

  /**
   * The actor behind the considered corroboration: the other claim's claimant or the assessment's
   * author.
   */
  public static final Property corroboratingSource = property("corroboratingSource");

  /** The claim or assessment that was considered as corroboration. */
  public static final Property corroboration = property("corroboration");

  /** True when the corroboration counted as independent, false otherwise. */
  public static final Property counted = property("counted");

  /**
   * The reporting words that introduce the claim, as written: "said", "insisted", "has given a
   * statement saying".
   */
  public static final Property cue = property("cue");

  /** The derivation record explaining the claim's status. */
  public static final Property derivation = property("derivation");

  /**
   * Where forces go in an advance, retreat or withdrawal: the neighbouring country retreating
   * soldiers cross into.
   */
  public static final Property destination = property("destination");

  /** The subject claim contradicts or contests the object claim. */
  public static final Property disputes = property("disputes");

  /**
   * Whether anyone disputes the claim, derived from assessments and conflicting claims (a concept
   * from cg:DisputeStatusScheme).
   */
  public static final Property disputeStatus = property("disputeStatus");

  /** Offset just after the segment's last character in the article's text (exclusive). */
  public static final Property endOffset = property("endOffset");

  /**
   * A span of the article that the subject — a claim, an event, an assessment, an entity mention —
   * was extracted from.
   */
  public static final Property evidence = property("evidence");

  /** The subject is the government of the object country. */
  public static final Property governmentOf = property("governmentOf");

  /**
   * The subject leads the object: a president of a government, a minister of a ministry, a leader
   * of an armed group.
   */
  public static final Property headOf = property("headOf");

  /**
   * Words that weaken the claimant's certainty, as written: "could", "would be very unlikely",
   * "estimated".
   */
  public static final Property hedge = property("hedge");

  /** The paragraph the sentence belongs to. */
  public static final Property inParagraph = property("inParagraph");

  /** The sentence that contains the anchored span, to show the quote in its context. */
  public static final Property inSentence = property("inSentence");

  /** The subject place lies within the object place, directly or through intermediate places. */
  public static final Property locatedIn = property("locatedIn");

  /**
   * The least true value a reported figure allows, as the rules read its approximation; derived
   * (rule 20).
   */
  public static final Property lowerBound = property("lowerBound");

  /**
   * When the claimant made the claim, as the report tells it, keeping the phrase (cg:timePhrase).
   */
  public static final Property madeAt = property("madeAt");

  /** The subject is a member of the organization. */
  public static final Property memberOf = property("memberOf");

  /** The subject ministry is a department of the object government. */
  public static final Property ministryOf = property("ministryOf");

  /** The number: a fraction in [0, 1] for proportions ("85%" is 0.85), the amount otherwise. */
  public static final Property numericValue = property("numericValue");

  /** The border the crossing lies on. */
  public static final Property onBorder = property("onBorder");

  /** The subject organization is a unit or subdivision of the object organization. */
  public static final Property partOf = property("partOf");

  /** The period of a rate, as a time unit word: "month" for "$20 million per month". */
  public static final Property per = property("per");

  /** Where the event happens; for a capture, the place captured. */
  public static final Property place = property("place");

  /** The segment's ordinal in its article, counting from 0. */
  public static final Property position = property("position");

  /** The actor that, according to the proposition, is present in the territory. */
  public static final Property presentActor = property("presentActor");

  /** The structured content of the claim, where the extractor can parse one. */
  public static final Property proposition = property("proposition");

  /** A quantity the report gives for the event: number of troops, of districts, a duration. */
  public static final Property quantity = property("quantity");

  /** What the quantity measures, a concept from cg:QuantityKindScheme. */
  public static final Property quantityKind = property("quantityKind");

  /**
   * Why the corroboration counted or not, for a reader: "the source is the claimant", "the source
   * is affiliated with the claimant through …", "it only repeats the claim".
   */
  public static final Property reason = property("reason");

  /**
   * The subject claim only relays the object claim, adding no source of its own: "according to the
   * Taliban…" in another outlet.
   */
  public static final Property repeats = property("repeats");

  /**
   * An outlet that reports, as fact, an event realising the shared proposition; derived (rule 20).
   */
  public static final Property reportedAsFactBy = property("reportedAsFactBy");

  /** The article that reports the subject: a claim, an event or an assessment. */
  public static final Property reportedIn = property("reportedIn");

  /**
   * Revenue the crossing generates, as a quantity with its unit, approximation and period (cg:per).
   */
  public static final Property revenue = property("revenue");

  /**
   * The role or title a report gives a person, in lower case words: "spokesperson", "president",
   * "foreign minister".
   */
  public static final Property role = property("role");

  /** The article the segment belongs to. */
  public static final Property segmentOf = property("segmentOf");

  /**
   * The part of the territory concerned, as a proportion (a quantity of kind cg:Proportion, value
   * in [0, 1]).
   */
  public static final Property share = property("share");

  /**
   * The one proposition resource shared by every claim that the same actor controls or took the
   * same place; derived (rule 20).
   */
  public static final Property sharedProposition = property("sharedProposition");

  /** The subject speaks officially on behalf of the object. */
  public static final Property spokespersonFor = property("spokespersonFor");

  /**
   * What the claimant does with the content: asserts it, denies it, predicts it, urges it… A
   * concept from cg:StanceScheme.
   */
  public static final Property stance = property("stance");

  /** Offset of the segment's first character in the article's text (inclusive). */
  public static final Property startOffset = property("startOffset");

  /** One or two sentences for a reader saying why the claim has its derived status. */
  public static final Property statusExplanation = property("statusExplanation");

  /**
   * An actor the event is directed against or that loses by it: the side a place is captured from,
   * the addressee of an appeal.
   */
  public static final Property target = property("target");

  /** The place the proposition is about. */
  public static final Property territory = property("territory");

  /**
   * The words of the claim (or of another text resource) as the report gives them, without the
   * reporting verb.
   */
  public static final Property text = property("text");

  /** The length of the article's text in the unit offsets count (Java char, i.e. */
  public static final Property textLength = property("textLength");

  /**
   * When the event happens, as an OWL-Time temporal entity that keeps the report's phrase
   * (cg:timePhrase).
   */
  public static final Property time = property("time");

  /**
   * The words the report uses for a time, exactly as written: "on Friday", "the first week of
   * July".
   */
  public static final Property timePhrase = property("timePhrase");

  /**
   * The unit: an ISO 4217 currency code for money ("USD"), the counted noun for counts
   * ("district"), the time unit for durations ("month"); absent for proportions.
   */
  public static final Property unit = property("unit");

  /**
   * The greatest true value a reported figure allows, as the rules read its approximation; derived
   * (rule 20).
   */
  public static final Property upperBound = property("upperBound");

  /**
   * Whether the claim is independently verified, derived by claimgraph's rule after each load (a
   * concept from cg:VerificationStatusScheme).
   */
  public static final Property verificationStatus = property("verificationStatus");

  // SKOS concept schemes

  /** How a reported number relates to the true one. */
  public static final Resource ApproximationScheme = resource("ApproximationScheme");

  /** What a report says about a claim's truth or support, as found in its words. */
  public static final Resource AssessmentValueScheme = resource("AssessmentValueScheme");

  /** Whether anyone disputes a claim, derived independently of its verification status. */
  public static final Resource DisputeStatusScheme = resource("DisputeStatusScheme");

  /** What a quantity measures. */
  public static final Resource QuantityKindScheme = resource("QuantityKindScheme");

  /** What a claimant does with a claim's content. */
  public static final Resource StanceScheme = resource("StanceScheme");

  /** Whether a claim is independently verified, as derived by claimgraph's rule. */
  public static final Resource VerificationStatusScheme = resource("VerificationStatusScheme");

  // SKOS concepts (individuals of the schemes)

  /**
   * The claimant admits the content, usually against its interest: acknowledged, admitted,
   * conceded.
   */
  public static final Resource Acknowledges = resource("Acknowledges");

  /** The true value is near the number, on either side. */
  public static final Resource Approximately = resource("Approximately");

  /** The claimant states the content as true: said, stated, claimed, insisted, told. */
  public static final Resource Asserts = resource("Asserts");

  /** The true value is the number or greater. */
  public static final Resource AtLeast = resource("AtLeast");

  /** The true value is the number or smaller. */
  public static final Resource AtMost = resource("AtMost");

  /** The author says the claim cannot be, or could not be, verified independently. */
  public static final Resource CannotBeVerifiedIndependently =
      resource("CannotBeVerifiedIndependently");

  /** The author says the claim, or its substance, is confirmed. */
  public static final Resource Confirmed = resource("Confirmed");

  /** The author disputes, denies or rejects the claim. */
  public static final Resource Contested = resource("Contested");

  /** The claim has corroborations, but none from a source independent of the claimant. */
  public static final Resource CorroboratedOnlyByAffiliatedSources =
      resource("CorroboratedOnlyByAffiliatedSources");

  /** A number of things; the unit is the counted noun: "150 districts". */
  public static final Resource Count = resource("Count");

  /** The claimant justifies a decision or action: defended, justified. */
  public static final Resource Defends = resource("Defends");

  /** The claimant states the content as false: denied, rejected, dismissed. */
  public static final Resource Denies = resource("Denies");

  /** An assessment contests or denies the claim, or another claim conflicts with it. */
  public static final Resource Disputed = resource("Disputed");

  /** A length of time; the unit is the time unit: "20 years". */
  public static final Resource Duration = resource("Duration");

  /** The number is given without qualification. */
  public static final Resource Exactly = resource("Exactly");

  /** The claimant expresses concern that the content is or will be true: feared, worried. */
  public static final Resource Fears = resource("Fears");

  /** At least one corroboration comes from a source independent of the claimant. */
  public static final Resource IndependentlyVerified = resource("IndependentlyVerified");

  /** The true value is smaller than the number. */
  public static final Resource LessThan = resource("LessThan");

  /** An amount of money; the unit is an ISO 4217 currency code. */
  public static final Resource MonetaryAmount = resource("MonetaryAmount");

  /** The true value is greater than the number. */
  public static final Resource MoreThan = resource("MoreThan");

  /** The true value is slightly below the number. */
  public static final Resource Nearly = resource("Nearly");

  /**
   * The claimant states the content will or would happen: predicted, expected, warned that … would.
   */
  public static final Resource Predicts = resource("Predicts");

  /** The claimant commits to doing the content: promised, vowed, pledged. */
  public static final Resource Promises = resource("Promises");

  /** A share of a whole, as a fraction in [0, 1]: "85%", "two-thirds". */
  public static final Resource Proportion = resource("Proportion");

  /** The claimant casts doubt on the content without denying it: questioned, doubted. */
  public static final Resource Questions = resource("Questions");

  /** The author says several reports or sources state the claim. */
  public static final Resource ReportedBySeveral = resource("ReportedBySeveral");

  /** The author says video or photographs show what the claim states. */
  public static final Resource ShownByFootage = resource("ShownByFootage");

  /** The claimant warns it will do harm unless something happens: threatened. */
  public static final Resource Threatens = resource("Threatens");

  /** The author says the claim has not been confirmed, without saying it cannot be. */
  public static final Resource Unconfirmed = resource("Unconfirmed");

  /** No dispute of the claim is known to the graph. */
  public static final Resource Undisputed = resource("Undisputed");

  /** No corroboration of the claim is known to the graph. */
  public static final Resource Unverified = resource("Unverified");

  /** The number is an upper bound, possibly reached. */
  public static final Resource UpTo = resource("UpTo");

  /** The claimant calls for the content to be done: urged, called on, appealed. */
  public static final Resource Urges = resource("Urges");
}
