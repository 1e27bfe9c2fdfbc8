package org.reachback.chatbot.request;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requested times are read.
 *
 * @param defaultTimeZone the zone of a customer whose chat names none (or names one that does not
 * exist): "tomorrow at 10" is 10:00 there
 */
@ConfigurationProperties("reachback.requests")
record RequestSettings(@DefaultValue("Europe/London") ZoneId defaultTimeZone) {
}
