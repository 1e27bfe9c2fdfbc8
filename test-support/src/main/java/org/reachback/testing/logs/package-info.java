/** The tests' gate on personal data in logs: phone numbers, chat tokens and customers' texts. */
package org.reachback.testing.logs;
