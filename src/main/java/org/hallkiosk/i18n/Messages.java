package org.hallkiosk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words shown to people. Chinese is the default; English is the second bundle. Every layer that
 * produces a message a person reads (a refused feed, a config error, a screen) goes through here.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = CHINESE;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle(Locale forLocale) {
        return ResourceBundle.getBundle(BUNDLE, forLocale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    /** The text of {@code key} in the current language, with {@code args} put in its {0}, {1}... places. */
    public static String get(String key, Object... args) {
        return format(locale, key, args);
    }

    public static String format(Locale forLocale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(forLocale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, forLocale).format(args);
    }
}
