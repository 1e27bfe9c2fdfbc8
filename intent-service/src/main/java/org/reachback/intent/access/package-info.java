/**
 * Chat credentials: the random bearer token a chat is opened with, of which only a SHA-256 hash is
 * stored, its expiry (idle and absolute), the short-lived signed stream tickets for browsers'
 * EventSource, and the check that a request carries a credential of the chat it touches, from a
 * page of an origin the chat's brand allows.
 */
package org.reachback.intent.access;
