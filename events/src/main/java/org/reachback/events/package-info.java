/**
 * The event contracts between Reachback's services and with contact-centre platforms: topic names,
 * headers, and one sealed interface of immutable records per aggregate.
 */
package org.reachback.events;
