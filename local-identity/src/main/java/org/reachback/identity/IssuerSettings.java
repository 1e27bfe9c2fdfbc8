package org.reachback.identity;

import java.net.URI;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;

/** What {@link LocalIssuer#start} was given, for the issuer's configuration. */
record IssuerSettings(URI issuer, RSAKey signingKey, List<String> pageRedirectUris) {
}
