/** Request rate limits of every service's HTTP API, shared by a service's instances through its database. */
package org.reachback.platform.web.ratelimit;
