/**
 * Pages tested in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * ChromeDriver (nothing downloaded), with axe-core's accessibility rules and the browser's own
 * console as judges.
 */
package org.reachback.testing.browser;
