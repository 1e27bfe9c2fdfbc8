/** Erasure of customers' personal data: intent-service asks every service, and each confirms. */
package org.reachback.events.privacy;
