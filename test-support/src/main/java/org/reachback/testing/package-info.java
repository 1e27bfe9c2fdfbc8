/**
 * What every service's tests share: module rules, the test side of the Kafka wire format and an HTTP
 * client for the API under test.
 */
package org.reachback.testing;
