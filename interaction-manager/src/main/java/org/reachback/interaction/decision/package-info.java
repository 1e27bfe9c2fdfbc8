/**
 * Why this service decided what it did: every slot booked or refused, every callback held back for
 * inbound customers and every agent chosen is recorded with its reason in words, in the transaction
 * of the decision, for administrators to read (newest first) in {@code /actuator/queues}.
 */
package org.reachback.interaction.decision;
