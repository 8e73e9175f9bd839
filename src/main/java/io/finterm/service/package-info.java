/**
 * Use cases: every operation a person can perform, with its authorization check and validation.
 * Every method that touches a user's data takes the acting {@link io.finterm.service.Session};
 * screens and commands never check roles themselves.
 *
 * <p>Terms: a <em>session</em> is one login, ended by logout or by the idle timeout; an
 * <em>admin</em> manages accounts but cannot read anyone's books; passwords travel as
 * {@code char[]} and are wiped after use.
 */
package io.finterm.service;
