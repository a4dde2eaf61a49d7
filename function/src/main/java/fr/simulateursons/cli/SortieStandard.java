package fr.simulateursons.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The process's stdout, as the commands write it: what failed to be written is kept (a {@link java.io.PrintStream}
 * only remembers that something did), so that {@code > /dev/full} ends in exit 3 with its reason in French rather
 * than in a success; and whether a person reads it (a terminal), which decides between the {@code texte} report and
 * the JSON (spec §7).
 */
final class SortieStandard extends FilterOutputStream {

    /** Set by {@code bin/simulateur-sons} from the shell's own test of stdout ({@code [ -t 1 ]}). */
    static final String PROPRIETE_TERMINAL = "simulateur-sons.terminal";

    private IOException echec;

    SortieStandard() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    SortieStandard(OutputStream sortie) {
        super(sortie);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            garder(e);
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int debut, int longueur) throws IOException {
        try {
            out.write(b, debut, longueur);
        } catch (IOException e) {
            garder(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            garder(e);
            throw e;
        }
    }

    private void garder(IOException e) {
        if (echec == null) {
            echec = e;
        }
    }

    /** The first write that failed, if one did. */
    Optional<IOException> echec() {
        return Optional.ofNullable(echec);
    }

    /**
     * Whether stdout is a terminal: the launcher's answer when it gives one; else the JVM's console, which exists only
     * for a terminal (on JDK 22 and later, where it always exists, its {@code isTerminal()}).
     */
    static boolean estUnTerminal() {
        String propriete = System.getProperty(PROPRIETE_TERMINAL);
        if (propriete != null) {
            return propriete.equals("oui");
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
