/**
 * Erasure of customers' personal data: an administrator's, by phone number or by chat, and the
 * retention job's, of chats older than {@code reachback.privacy.retention}. This service finds the
 * chats and callbacks, deletes its own rows about them and asks every other service, by their ids
 * only, to delete theirs; it records each service's confirmation, so that an administrator can see
 * when an erasure is complete.
 */
package org.reachback.intent.privacy;
