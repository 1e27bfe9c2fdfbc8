/**
 * Transcripts: every entry of a chat in order, stored as the source of truth, appended in the
 * transaction of the change that caused it and announced to live streams only once that committed.
 */
package org.reachback.intent.transcript;
