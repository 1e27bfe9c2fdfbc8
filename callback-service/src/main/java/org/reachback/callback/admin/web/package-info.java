/**
 * The administrators' read-only HTTP API over callbacks and every transition they went through,
 * under {@code /api/v1/callbacks}.
 */
package org.reachback.callback.admin.web;
