/** Operations: the {@code chats} Actuator endpoint and the service's domain metrics. */
package org.reachback.intent.admin;
