package io.finterm.app;

import io.finterm.domain.FintermException;

/** A configuration file or value is wrong; the message names the file or key and why. */
public class ConfigException extends FintermException {
    public ConfigException(String message) {
        super(message);
    }
}
