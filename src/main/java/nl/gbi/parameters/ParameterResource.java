package nl.gbi.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.calculation.ParameterTableParser;

/** Reads the shipped national parameter table from the classpath and hands its text to the pure, strict parser. */
public final class ParameterResource {

    public static final String PATH = "/nl/gbi/calculation/participatiewet-parameters.txt";

    private ParameterResource() {
    }

    /** The table of the build; fails loudly when the file is missing or invalid. */
    public static ParameterTable load() {
        return ParameterTableParser.parse(text());
    }

    /** The shipped file's text: the first set the engine seeds, and what {@code calc} reads without a database. */
    public static String text() {
        try (InputStream in = ParameterResource.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("parameter table " + PATH + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
    }
}
