/**
 * The HTTP routes that show a chat to its customer: the whole transcript, and the live server-sent
 * event stream that replays what a widget missed and then pushes each new entry once it committed.
 */
package org.reachback.intent.transcript.web;
