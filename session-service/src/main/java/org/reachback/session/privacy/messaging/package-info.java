/** The Kafka listener that takes intent-service's erasure requests. */
package org.reachback.session.privacy.messaging;
