/**
 * Intent analysis: one classifier per brand, trained at start-up from the brand catalogue file's
 * example utterances and retrained (only where needed) when the file changes, and the routing of an
 * intent to the brand's bot for it.
 */
package org.reachback.intent.analysis;
