/**
 * Chat tokens: the random bearer token a chat is opened with, of which only a SHA-256 hash is
 * stored, and the check that a request carries the token of the chat it touches.
 */
package org.reachback.intent.access;
