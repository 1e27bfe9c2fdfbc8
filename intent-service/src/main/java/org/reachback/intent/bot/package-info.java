/**
 * What bots say in a chat: their replies, their interactive callback prompts, and the customer's
 * answers to those prompts, which become callback requests.
 */
package org.reachback.intent.bot;
