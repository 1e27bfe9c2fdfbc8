/**
 * The chat widget's HTTP routes for opening a chat and sending messages, with the request bodies and
 * the checks on what a customer may type into them.
 */
package org.reachback.intent.chat.web;
