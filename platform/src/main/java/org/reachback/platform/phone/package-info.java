/**
 * Customers' phone numbers: validation and E.164 normalisation, the number types and countries
 * never called back ({@link org.reachback.platform.phone.PhoneNumbers}), and the hours a callee may
 * be called in their own local time ({@link org.reachback.platform.phone.CallingWindow}, chosen by
 * {@link org.reachback.platform.phone.CallingWindowRules}).
 */
package org.reachback.platform.phone;
