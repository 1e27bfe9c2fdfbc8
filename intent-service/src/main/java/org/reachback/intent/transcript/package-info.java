/**
 * Transcripts: every entry of a chat in order, stored as the source of truth, and the live
 * server-sent event streams that push new entries to the customer's widget.
 */
package org.reachback.intent.transcript;
