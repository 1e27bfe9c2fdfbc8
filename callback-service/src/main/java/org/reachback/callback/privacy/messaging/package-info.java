/** The erasure topic's listener. */
package org.reachback.callback.privacy.messaging;
