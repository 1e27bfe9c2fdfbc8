/**
 * The agent console API: an agent sets their state, sees their offers with the callback's context,
 * and accepts or declines them.
 */
package org.reachback.interaction.console;
