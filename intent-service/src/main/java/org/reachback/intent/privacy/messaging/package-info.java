/** The erased topic's listener: each service's confirmation of an erasure. */
package org.reachback.intent.privacy.messaging;
