/** The one-command local run: real infrastructure in this JVM, the five services as child processes. */
package org.reachback.launcher;
