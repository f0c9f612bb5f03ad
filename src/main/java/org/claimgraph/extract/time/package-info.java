/**
 * Time expressions in news text ("on Friday", "earlier this week", "in the first week of July",
 * "within the upcoming six months"), resolved against the publication date when it is known; the
 * phrase is always kept.
 */
package org.claimgraph.extract.time;
