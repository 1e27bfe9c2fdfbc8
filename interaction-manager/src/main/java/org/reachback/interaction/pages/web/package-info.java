/**
 * The pages over HTTP: {@code GET /pages/config.json}, open to anyone because a page reads it
 * before anyone signs in, and the folder addresses {@code /console/} and {@code /admin/} answering
 * with their {@code index.html}.
 */
package org.reachback.interaction.pages.web;
