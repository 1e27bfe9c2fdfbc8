/**
 * Erasure of customers' personal data: asked by intent-service for some chats and callbacks, this
 * service forgets the callbacks (their places in the virtual queue, offers, bookings, whose slots are
 * free again, and decisions) with their events not yet sent, and confirms how many rows it deleted.
 */
package org.reachback.interaction.privacy;
