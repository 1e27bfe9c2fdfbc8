/** The web API's frame: security and CORS, problem details and the OpenAPI description. */
package org.reachback.intent.web;
