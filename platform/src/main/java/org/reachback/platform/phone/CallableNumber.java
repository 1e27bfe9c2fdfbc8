package org.reachback.platform.phone;

/**
 * A number Reachback may call back.
 *
 * @param e164 the number in E.164, e.g. {@code +442079460958}
 * @param country the ISO 3166 alpha-2 code of its country, e.g. {@code GB}; {@code null} for a
 * non-geographic number (satellite, international networks)
 */
public record CallableNumber(String e164, String country) {
}
