/** The administrators' erasure API: asking for an erasure, and following it until every service confirmed it. */
package org.reachback.intent.privacy.web;
