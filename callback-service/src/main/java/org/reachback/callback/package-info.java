/**
 * callback-service: turns callback requests into callback records and follows each one through its
 * lifecycle, from booking to completion, publishing every step on the callback topic.
 */
package org.reachback.callback;
