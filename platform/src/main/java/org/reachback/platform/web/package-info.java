/** How every service reports errors of its HTTP API: RFC 9457 problem details. */
package org.reachback.platform.web;
