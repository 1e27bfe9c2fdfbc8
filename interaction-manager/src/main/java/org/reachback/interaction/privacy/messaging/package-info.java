/** The erasure topic's listener. */
package org.reachback.interaction.privacy.messaging;
