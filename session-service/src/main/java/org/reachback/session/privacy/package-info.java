/**
 * Erasure of customers' personal data: on intent-service's request, this service deletes the
 * sessions of the named callbacks and chats, with their lines and their undelivered events, and
 * confirms how many rows it deleted.
 */
package org.reachback.session.privacy;
