/**
 * The domain model: immutable records that validate themselves.
 *
 * <p>Terms: a <em>transaction</em> is one income or expense entry owned by a user; its
 * <em>kind</em> is {@link io.finterm.domain.TxKind}; money is {@link io.finterm.domain.Money}, an
 * exact count of minor units (cents) in an ISO 4217 currency. Every constructor throws
 * {@link io.finterm.domain.ValidationException} naming the field and the reason.
 */
package io.finterm.domain;
