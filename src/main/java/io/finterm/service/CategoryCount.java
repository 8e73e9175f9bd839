package io.finterm.service;

import io.finterm.domain.Category;

/** A category and how many of the user's transactions are in it. */
public record CategoryCount(Category category, long transactions) {
}
