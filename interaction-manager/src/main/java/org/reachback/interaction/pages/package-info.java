/**
 * The pages this service serves to people, the agent console ({@code /console/}) and the admin
 * dashboard ({@code /admin/}): where they find the other services whose APIs they call from the
 * browser, so that no page hard-codes an address.
 */
package org.reachback.interaction.pages;
