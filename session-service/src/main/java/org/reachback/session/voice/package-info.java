/**
 * Voice callbacks over SIP: session-service as a third-party call controller (RFC 3725) that rings
 * the agent's phone and the customer's number through a SIP trunk and connects the two, carrying no
 * media itself. Built on the JAIN-SIP reference implementation; the sessions feature owns the
 * session records, this one the SIP dialogs.
 */
package org.reachback.session.voice;
