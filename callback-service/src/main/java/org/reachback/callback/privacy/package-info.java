/**
 * Erasure of customers' personal data: asked by intent-service for some chats and callbacks, this
 * service deletes the callbacks, their history, their rendezvous rows and their events not yet sent,
 * cancelling their durable timers with them, and confirms how many rows it deleted.
 */
package org.reachback.callback.privacy;
