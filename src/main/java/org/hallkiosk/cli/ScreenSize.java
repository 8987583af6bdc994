package org.hallkiosk.cli;

import java.util.Locale;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine;

/** A screen size written WIDTHxHEIGHT, for the commands that render screens. */
public record ScreenSize(int width, int height) {

    /** Picocli turns a refusal here into a usage error (exit 2) with this message. */
    public static final class Converter implements CommandLine.ITypeConverter<ScreenSize> {
        @Override
        public ScreenSize convert(String value) {
            String[] wh = value.toLowerCase(Locale.ROOT).split("x");
            try {
                if (wh.length == 2) {
                    int w = Integer.parseInt(wh[0].strip());
                    int h = Integer.parseInt(wh[1].strip());
                    if (w > 0 && h > 0) {
                        return new ScreenSize(w, h);
                    }
                }
            } catch (NumberFormatException notANumber) {
                // refused below
            }
            throw new CommandLine.TypeConversionException(Messages.get("screenshots.badSize", value));
        }
    }
}
