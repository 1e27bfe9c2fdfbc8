/**
 * Intent analysis: one classifier per brand, trained at start-up from the brand's configured
 * example utterances, and the routing of an intent to the brand's bot for it.
 */
package org.reachback.intent.analysis;
